#include <algorithm>
#include <cmath>
#include <vector>

namespace {

// Where output index i falls in the input (half-pixel centres), as two neighbours and a weight.
struct Tap {
    int lo, hi;
    float frac;
};

std::vector<Tap> taps(int in, int out) {
    std::vector<Tap> result(out);
    const double scale = static_cast<double>(in) / out;
    for (int i = 0; i < out; ++i) {
        // The classic slip: align_corners=True mapping instead of half-pixel centres.
        double src = out > 1 ? i * static_cast<double>(in - 1) / (out - 1) : 0.0;
        src = std::min(std::max(src, 0.0), static_cast<double>(in - 1));
        const int lo = static_cast<int>(std::floor(src));
        result[i] = {lo, std::min(lo + 1, in - 1), static_cast<float>(src - lo)};
    }
    return result;
}

}  // namespace

std::vector<float> resize_bilinear(const std::vector<float>& img, int h, int w, int c, int out_h, int out_w) {
    const std::vector<Tap> ys = taps(h, out_h), xs = taps(w, out_w);
    std::vector<float> out(static_cast<std::size_t>(out_h) * out_w * c);
    float* dst = out.data();
    for (const Tap& y : ys) {
        const float* row0 = img.data() + static_cast<std::size_t>(y.lo) * w * c;
        const float* row1 = img.data() + static_cast<std::size_t>(y.hi) * w * c;
        for (const Tap& x : xs) {
            const float* p00 = row0 + static_cast<std::size_t>(x.lo) * c;
            const float* p01 = row0 + static_cast<std::size_t>(x.hi) * c;
            const float* p10 = row1 + static_cast<std::size_t>(x.lo) * c;
            const float* p11 = row1 + static_cast<std::size_t>(x.hi) * c;
            for (int k = 0; k < c; ++k) {
                const float top = p00[k] + (p01[k] - p00[k]) * x.frac;
                const float bottom = p10[k] + (p11[k] - p10[k]) * x.frac;
                *dst++ = top + (bottom - top) * y.frac;
            }
        }
    }
    return out;
}
