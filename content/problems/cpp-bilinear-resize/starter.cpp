#include <stdexcept>
#include <vector>

// Bilinear resize of an h x w x c image (HWC, row-major) to out_h x out_w x c.
// Half-pixel centres: src = (dst + 0.5) * in / out - 0.5, clamped to [0, in - 1].
std::vector<float> resize_bilinear(const std::vector<float>& img, int h, int w, int c, int out_h, int out_w) {
    throw std::runtime_error("not implemented yet");
}
