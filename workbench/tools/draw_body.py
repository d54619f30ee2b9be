#!/usr/bin/env python3
"""Draws Knotwise's body map: a front and a back outline of the human body, side by side, where every
body region of the contract's vocabulary is one named element.

Run once when the drawing changes:
    python3 workbench/tools/draw_body.py > workbench/src/main/resources/org/knotwise/workbench/bodymap/body.svg

Shapes are written in (u, y): y goes down the body; u is the distance from the midline toward the
person's RIGHT side. Each lateral shape is drawn twice (right and its mirror, left). In the front view
the person's right is on the viewer's left; in the back view on the viewer's right. Because (u, y) is
the same place on the body in both views, each region's anchor (where arrows and numbers go) is one
(u, y) pair, valid on either view. Own work of the Knotwise authors, same licence as the project.
"""

FRONT_X, BACK_X = 130, 390
WIDTH, HEIGHT = 520, 560

# region -> list of (views, kind, shape). views: "F", "B" or "FB". kind: "mid" (drawn once, symmetric
# about the midline as given) or "side" (drawn for the right side and mirrored for the left).
# shape: ("poly", [(u, y), ...]) or ("ellipse", u, y, ru, ry).
REGIONS = {}
ANCHORS = {}


def region(rid, anchor, *shapes):
    REGIONS[rid] = shapes
    ANCHORS[rid] = anchor


def poly(*pts):
    return ("poly", list(pts))


def ell(u, y, ru, ry):
    return ("ellipse", u, y, ru, ry)


# Body parts that are no region of their own (face, throat, palms' edges...), drawn under the regions.
FILLERS = [
    ("FB", "mid", ell(0, 62, 24, 30)),                                      # head
    ("FB", "mid", poly((-12, 86), (12, 86), (13, 120), (-13, 120))),        # neck
    ("FB", "mid", poly((-44, 118), (44, 118), (46, 150), (38, 182), (36, 226), (42, 252), (50, 266),
                       (-50, 266), (-42, 252), (-36, 226), (-38, 182), (-46, 150))),  # trunk
    ("FB", "side", poly((44, 118), (60, 118), (68, 132), (72, 180), (74, 212), (56, 212), (52, 180), (46, 150))),  # upper arm
    ("FB", "side", ell(66, 218, 9, 9)),                                     # elbow
    ("FB", "side", poly((57, 224), (78, 224), (83, 260), (84, 300), (68, 300), (63, 260))),  # forearm
    ("FB", "side", poly((4, 280), (56, 262), (60, 300), (50, 350), (46, 384), (14, 384), (6, 330))),  # thigh
    ("FB", "side", poly((16, 400), (44, 400), (46, 440), (38, 494), (22, 494), (16, 440))),  # lower leg
    ("FB", "side", ell(30, 392, 15, 13)),                                   # knee
]

# Head and neck
region("forehead", (0, 46), ("F", "mid", ell(0, 45, 17, 9)))
region("temple", (20, 58), ("F", "side", ell(19, 58, 5, 9)))
region("jaw", (15, 80), ("F", "mid", ("path", "M -19 72 Q -16 92 0 92 Q 16 92 19 72 L 14 72 Q 12 85 0 85 Q -12 85 -14 72 Z")))
region("back-of-head", (0, 62), ("B", "mid", ell(0, 60, 21, 25)))
region("neck-back", (0, 100), ("B", "mid", poly((-11, 88), (11, 88), (12, 112), (-12, 112))))
region("neck-side", (9, 102), ("F", "side", poly((5, 90), (12, 88), (13, 113), (6, 113))))
# Shoulder and arm
region("shoulder-top", (34, 115),
       ("FB", "side", poly((13, 108), (40, 110), (60, 118), (56, 125), (38, 121), (13, 117))))
region("shoulder-front", (54, 136), ("F", "side", poly((46, 124), (60, 121), (67, 132), (66, 152), (52, 150), (47, 138))))
region("shoulder-blade", (34, 150), ("B", "side", poly((22, 126), (46, 124), (44, 152), (28, 178), (22, 172))))
region("upper-arm-front", (62, 180), ("F", "side", poly((52, 152), (66, 154), (71, 180), (72, 208), (58, 208), (54, 180))))
region("upper-arm-back", (62, 180), ("B", "side", poly((50, 136), (66, 134), (71, 180), (72, 208), (58, 208), (53, 170))))
region("elbow-inner", (61, 218), ("F", "side", ("path", "M 63 209 A 9 9 0 0 0 63 227 Z")))
region("elbow-outer", (71, 218), ("B", "side", ("path", "M 69 209 A 9 9 0 0 1 69 227 Z")))
region("forearm-front", (72, 258), ("F", "side", poly((60, 228), (77, 228), (81, 260), (82, 290), (70, 290), (65, 260))))
region("forearm-back", (72, 258), ("B", "side", poly((60, 228), (77, 228), (81, 260), (82, 290), (70, 290), (65, 260))))
region("wrist-front", (76, 296), ("F", "side", poly((69, 291), (83, 291), (84, 301), (69, 301))))
region("wrist-back", (76, 296), ("B", "side", poly((69, 291), (83, 291), (84, 301), (69, 301))))
region("hand", (77, 313), ("FB", "side", poly((68, 302), (85, 302), (86, 324), (70, 326))))
region("thumb", (89, 314), ("FB", "side", poly((85, 304), (92, 310), (96, 322), (90, 324), (86, 315))))
region("fingers", (78, 336), ("FB", "side", ("path", "M 70 327 L 86 325 L 87 344 Q 86 348 83 345 L 82 332 L 81 348 Q 79 351 77 348 "
                                               "L 77 333 L 76 348 Q 74 351 72 347 L 72 333 L 71 344 Q 69 346 69 342 Z")))
# Trunk
region("chest", (0, 150), ("F", "mid", poly((-42, 124), (-13, 118), (13, 118), (42, 124), (45, 150), (38, 181),
                                             (-38, 181), (-45, 150))))
region("abdomen", (0, 215), ("F", "mid", poly((-37, 183), (37, 183), (35, 226), (40, 250), (-40, 250), (-35, 226))))
region("groin", (22, 268), ("F", "side", poly((1, 254), (40, 252), (50, 264), (8, 286), (1, 286))))
region("hip-side", (52, 258), ("FB", "side", poly((44, 236), (52, 244), (58, 262), (57, 282), (51, 266), (43, 252))))
region("upper-back", (0, 146), ("B", "mid", poly((-20, 118), (20, 118), (21, 172), (-21, 172))))
region("mid-back", (0, 196), ("B", "mid", poly((-44, 154), (-30, 180), (-21, 174), (21, 174), (30, 180), (44, 154),
                                               (38, 182), (36, 220), (-36, 220), (-38, 182))))
region("low-back", (0, 236), ("B", "mid", poly((-36, 222), (36, 222), (40, 250), (-40, 250))))
region("buttock", (24, 272), ("B", "side", poly((1, 252), (40, 252), (49, 266), (52, 290), (36, 300), (3, 296))))
# Leg
region("thigh-inner", (15, 330), ("F", "side", poly((8, 288), (24, 280), (24, 330), (22, 380), (14, 380), (8, 330))))
region("thigh-front", (33, 326), ("F", "side", poly((25, 280), (46, 270), (43, 330), (40, 380), (23, 380), (25, 330))))
region("thigh-outer", (50, 318), ("F", "side", poly((47, 270), (57, 267), (59, 300), (50, 348), (46, 380), (41, 380), (44, 330))))
region("thigh-back", (30, 338), ("B", "side", poly((4, 298), (36, 302), (53, 292), (57, 310), (49, 350), (45, 380), (15, 380), (7, 330))))
region("knee-front", (30, 392), ("F", "side", ell(30, 392, 13, 11)))
region("knee-back", (30, 392), ("B", "side", ell(30, 392, 13, 11)))
region("shin", (30, 446), ("F", "side", poly((19, 404), (42, 404), (41, 445), (36, 488), (24, 488), (20, 445))))
region("calf", (30, 440), ("B", "side", poly((17, 404), (44, 404), (46, 440), (38, 486), (23, 486), (16, 440))))
region("ankle", (30, 496), ("F", "side", poly((23, 489), (37, 489), (39, 502), (21, 502))))
region("top-of-foot", (31, 514), ("F", "side", poly((21, 503), (39, 503), (48, 520), (44, 528), (22, 528), (18, 518))))
region("heel", (30, 500), ("B", "side", ("path", "M 23 488 L 38 488 L 39 504 Q 30 514 21 504 Z")))
region("sole", (30, 529), ("B", "side", ("path", "M 30 512 Q 40 512 39 528 Q 37 546 30 546 Q 23 546 22 528 Q 21 512 30 512 Z")))

VOCABULARY = """forehead temple jaw back-of-head neck-back neck-side shoulder-top shoulder-front shoulder-blade
upper-arm-front upper-arm-back elbow-outer elbow-inner forearm-back forearm-front wrist-back wrist-front hand thumb
fingers upper-back mid-back low-back chest abdomen buttock hip-side groin thigh-front thigh-back thigh-outer
thigh-inner knee-front knee-back shin calf ankle heel sole top-of-foot""".split()
assert sorted(VOCABULARY) == sorted(REGIONS), set(VOCABULARY) ^ set(REGIONS)


def to_x(view, side, u):
    """x on the page for a point u toward the person's right (side "right") or its mirror ("left")."""
    if side == "left":
        u = -u
    return (FRONT_X - u) if view == "F" else (BACK_X + u)


def fmt(v):
    return ("%.1f" % v).rstrip("0").rstrip(".")


def path_to_page(d, view, side):
    """Maps a small path language (M, L, Q, A, Z with absolute u y pairs) onto the page."""
    out, toks, i = [], d.split(), 0
    flip = (view == "F") != (side == "left")  # u grows leftward on the page: arcs change sweep
    while i < len(toks):
        t = toks[i]
        if t in ("M", "L"):
            out += [t, fmt(to_x(view, side, float(toks[i + 1]))), toks[i + 2]]
            i += 3
        elif t == "Q":
            out += ["Q", fmt(to_x(view, side, float(toks[i + 1]))), toks[i + 2],
                    fmt(to_x(view, side, float(toks[i + 3]))), toks[i + 4]]
            i += 5
        elif t == "A":
            rx, ry, rot, large, sweep, u, y = toks[i + 1:i + 8]
            if flip:
                sweep = "1" if sweep == "0" else "0"
            out += ["A", rx, ry, rot, large, sweep, fmt(to_x(view, side, float(u))), y]
            i += 8
        elif t == "Z":
            out.append("Z")
            i += 1
        else:
            raise ValueError("unknown path token " + t)
    return " ".join(out)


def shape_svg(view, side, shape, attrs):
    kind = shape[0]
    if kind == "poly":
        pts = " ".join(fmt(to_x(view, side, u)) + "," + fmt(y) for u, y in shape[1])
        return '<polygon %spoints="%s"/>' % (attrs, pts)
    if kind == "ellipse":
        _, u, y, ru, ry = shape
        return '<ellipse %scx="%s" cy="%s" rx="%s" ry="%s"/>' % (attrs, fmt(to_x(view, side, u)), fmt(y), fmt(ru), fmt(ry))
    return '<path %sd="%s"/>' % (attrs, path_to_page(shape[1], view, side))


def drawn(views, kind, shape, extra=""):
    out = []
    for view in "FB":
        if view not in views:
            continue
        vname = "front" if view == "F" else "back"
        if kind == "mid":
            out.append(shape_svg(view, "right", shape, 'data-view="%s" data-side="mid" %s' % (vname, extra)))
        else:
            for side in ("right", "left"):
                out.append(shape_svg(view, side, shape, 'data-view="%s" data-side="%s" %s' % (vname, side, extra)))
    return out


def main():
    p = print
    p('<?xml version="1.0" encoding="UTF-8"?>')
    p('<!-- Knotwise body map: front and back views; every region of the contract\'s vocabulary is one element'
      ' with id "region-<id>". Generated by workbench/tools/draw_body.py (own work of the Knotwise authors). -->')
    p('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d" class="body-map"'
      ' data-front-x="%d" data-back-x="%d">' % (WIDTH, HEIGHT, WIDTH, HEIGHT, FRONT_X, BACK_X))
    p('<g class="labels">')
    p('<text x="%d" y="18" text-anchor="middle" class="view-label">Front</text>' % FRONT_X)
    p('<text x="%d" y="18" text-anchor="middle" class="view-label">Back</text>' % BACK_X)
    p('<text x="%d" y="%d" text-anchor="middle" class="side-label">right</text>' % (FRONT_X - 80, HEIGHT - 6))
    p('<text x="%d" y="%d" text-anchor="middle" class="side-label">left</text>' % (FRONT_X + 80, HEIGHT - 6))
    p('<text x="%d" y="%d" text-anchor="middle" class="side-label">left</text>' % (BACK_X - 80, HEIGHT - 6))
    p('<text x="%d" y="%d" text-anchor="middle" class="side-label">right</text>' % (BACK_X + 80, HEIGHT - 6))
    p('</g>')
    p('<g class="outline">')
    for views, kind, shape in FILLERS:
        for s in drawn(views, kind, shape, 'class="body" '):
            p(s)
    p('</g>')
    p('<g class="regions">')
    for rid in VOCABULARY:
        u, y = ANCHORS[rid]
        views = sorted({v for vs, _, _ in REGIONS[rid] for v in vs}, key="FB".index)
        vnames = " ".join("front" if v == "F" else "back" for v in views)
        p('<g id="region-%s" class="region" data-region="%s" data-anchor="%s,%s" data-views="%s">'
          % (rid, rid, fmt(u), fmt(y), vnames))
        for views_, kind, shape in REGIONS[rid]:
            for s in drawn(views_, kind, shape):
                p(s)
        p('</g>')
    p('</g>')
    p('</svg>')


if __name__ == "__main__":
    main()
