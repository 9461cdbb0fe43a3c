import numpy as np


def _homography(src_pts, dst_pts) -> np.ndarray:
    """H with H @ [x, y, 1] ~ [u, v, 1] for four point pairs (direct linear transform, h33 = 1)."""
    A, b = [], []
    for (x, y), (u, v) in zip(src_pts, dst_pts):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        b.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b.append(v)
    h = np.linalg.solve(np.array(A, dtype=np.float64), np.array(b, dtype=np.float64))
    return np.append(h, 1.0).reshape(3, 3)


def _margin_ok(H, out_h, out_w, h, w) -> bool:
    """No output pixel may land within 1e-6 of a rounding boundary (or have z ~ 0), so that
    tiny differences in how inv(H) is computed cannot change the answer."""
    Hinv = np.linalg.inv(H)
    v, u = np.mgrid[0:out_h, 0:out_w]
    p = np.tensordot(Hinv, np.stack([u, v, np.ones_like(u)]).astype(np.float64), axes=1)
    if np.any(np.abs(p[2]) < 1e-9 * np.abs(Hinv).max()):
        return False
    x, y = p[0] / p[2], p[1] / p[2]
    near = (x > -2) & (x < w + 1) & (y > -2) & (y < h + 1)
    fx, fy = x[near] + 0.5, y[near] + 0.5
    return bool(np.all(np.abs(fx - np.round(fx)) > 1e-6) and np.all(np.abs(fy - np.round(fy)) > 1e-6))


def _safe(rng, H, out_h, out_w, img):
    h, w = img.shape[:2]
    for _ in range(50):
        if _margin_ok(H, out_h, out_w, h, w):
            return H
        T = np.eye(3)
        T[:2, 2] = rng.uniform(1e-3, 1e-2, size=2)   # nudge the output by a tiny translation
        H = T @ H
    raise RuntimeError("could not find a homography with a safe rounding margin")


def _case(name, img, H, out_h, out_w, fill=0, large=False):
    return {
        "name": name,
        "args": {"img": img, "H": np.asarray(H, dtype=np.float64), "out_h": int(out_h), "out_w": int(out_w),
                 "fill": int(fill)},
        "large": large,
    }


def _road_image(rng, h, w, channels=None):
    yy, xx = np.mgrid[0:h, 0:w]
    base = (yy * 255 // max(h - 1, 1) + (xx * 7) % 64).astype(np.int64)
    shape = (h, w) if channels is None else (h, w, channels)
    noise = rng.integers(0, 40, size=shape)
    base = base if channels is None else base[:, :, None]
    return ((base + noise) % 256).astype(np.uint8)


def _birds_eye(h, w, out_h, out_w):
    # a road trapezoid in the camera image -> the full bird's-eye rectangle
    src = [(0.42 * w, 0.55 * h), (0.58 * w, 0.55 * h), (0.95 * w, 0.98 * h), (0.05 * w, 0.98 * h)]
    dst = [(0, 0), (out_w - 1, 0), (out_w - 1, out_h - 1), (0, out_h - 1)]
    return _homography(src, dst)


def generate(rng: np.random.Generator) -> list[dict]:
    cases = []
    img = rng.integers(0, 256, size=(5, 6), dtype=np.uint8)
    cases.append(_case("identity", img, np.eye(3), 5, 6))
    T = np.array([[1.0, 0.0, 2.0], [0.0, 1.0, 1.0], [0.0, 0.0, 1.0]])     # output = source shifted by (+2, +1)
    cases.append(_case("integer_translation", img, T, 6, 8, fill=7))
    # exact half-pixel positions: x = u / 2, rounding must be floor(x + 0.5) (half up)
    cases.append(_case("scale_2x_round_half_up", img, np.diag([2.0, 2.0, 1.0]), 10, 12))
    cases.append(_case("single_output_pixel", img, _safe(rng, np.diag([0.5, 0.5, 1.0]), 1, 1, img), 1, 1))
    far = np.array([[1.0, 0.0, 500.0], [0.0, 1.0, 500.0], [0.0, 0.0, 1.0]])
    cases.append(_case("everything_outside", img, far, 4, 4, fill=9))

    road = _road_image(rng, 120, 160)
    H = _safe(rng, _birds_eye(120, 160, 100, 80), 100, 80, road)
    cases.append(_case("birds_eye_gray", road, H, 100, 80))
    road_rgb = _road_image(rng, 90, 120, channels=3)
    H = _safe(rng, _birds_eye(90, 120, 64, 48), 64, 48, road_rgb)
    cases.append(_case("birds_eye_color_fill", road_rgb, H, 64, 48, fill=255))
    # a homography whose z' = 0 line (the horizon) crosses the output: huge/invalid coordinates
    Hh = np.array([[1.0, 0.2, 3.0], [0.1, 1.5, -4.0], [0.001, -0.02, 0.61]])   # backward map, z = 0 near v = 30
    Hh = _safe(rng, np.linalg.inv(Hh), 60, 70, road)
    cases.append(_case("horizon_in_view", road, Hh, 60, 70, fill=3))
    fimg = rng.normal(size=(30, 40))
    Hr = _safe(rng, _homography([(3, 2), (35, 4), (38, 27), (1, 25)], [(0, 0), (49, 0), (49, 39), (0, 39)]), 40, 50,
               fimg)
    cases.append(_case("float_image", fimg, Hr, 40, 50))

    big = _road_image(rng, 1024, 1024, channels=3)
    Hb = _safe(rng, _birds_eye(1024, 1024, 1024, 768), 1024, 768, big)
    cases.append(_case("large_color", big, Hb, 1024, 768, large=True))
    return cases
