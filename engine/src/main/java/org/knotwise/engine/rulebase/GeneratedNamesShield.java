package org.knotwise.engine.rulebase;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.regex.Pattern;

/**
 * The parent class loader of a rule base compiled at run time, shielding the application's loader from
 * generated names: it answers "not found" itself for the classes the executable model generates, and passes
 * every other name on.
 *
 * <p>Why: Drools asks a generated class's parent loaders for it before defining it, and the JDK's
 * application and platform loaders remember every name they are asked for, found or not, for ever (a
 * class-loading lock per name, and a cache of resource lookups). Generated names carry a digest of the
 * rules' content and the module's version, so each compile has new ones, and a service that reloads its
 * rules would grow those maps without bound (RELIABILITY.md, "Hot reload under traffic"). This loader is not
 * parallel-capable, so it keeps no lock map itself, and it is collected with the rule base that uses it.
 */
final class GeneratedNamesShield extends ClassLoader {
    // "Rules<digest>", "LambdaPredicate<digest>", "DomainClassesMetadata<digest>$…": a 128-bit digest in hex
    // (upper case at run time, lower case from the build's plugin)
    private static final Pattern DIGEST_NAMED = Pattern.compile("[0-9A-Fa-f]{32}");
    // the sub-packages the lambdas are spread over, "P00" to "PFF" under the rules' package (the compiler
    // also asks whether each is a class)
    private static final Pattern LAMBDA_PACKAGE = Pattern.compile("P[0-9A-F]{2}");
    // the module's entry point, named after its version
    private static final String PROJECT_MODEL = "org.drools.project.model.ProjectModel_";

    private GeneratedNamesShield(ClassLoader application) {
        super(application);
    }

    /** Over the given loader (the thread's context loader, as Drools would use), else over the engine's own. */
    static GeneratedNamesShield over(ClassLoader loader) {
        return new GeneratedNamesShield(loader != null ? loader : RuleCompiler.class.getClassLoader());
    }

    /**
     * A class a rules compile generates, or looks for among those it generates, by its binary name; no
     * application class is named so.
     */
    static boolean generated(String className) {
        int lastDot = className.lastIndexOf('.');
        String simpleName = className.substring(lastDot + 1);
        String packageName = lastDot < 0 ? "" : className.substring(0, lastDot);
        String lastPackage = packageName.substring(packageName.lastIndexOf('.') + 1);
        return className.startsWith(PROJECT_MODEL) || DIGEST_NAMED.matcher(simpleName).find()
                || LAMBDA_PACKAGE.matcher(lastPackage).matches() || LAMBDA_PACKAGE.matcher(simpleName).matches();
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (generated(name)) {
            throw new ClassNotFoundException(name);
        }
        return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
        return generatedClassFile(name) ? null : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return generatedClassFile(name) ? Collections.emptyEnumeration() : super.getResources(name);
    }

    private static boolean generatedClassFile(String resource) {
        return resource.endsWith(".class") && generated(resource.substring(0, resource.length() - 6).replace('/', '.'));
    }
}
