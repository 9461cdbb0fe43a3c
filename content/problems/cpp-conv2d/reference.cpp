#include <algorithm>
#include <cstddef>
#include <vector>

std::vector<float> conv2d(const std::vector<float>& x, int c_in, int h, int w,
                          const std::vector<float>& weight, int c_out, int k, int stride, int padding) {
    const int out_h = (h + 2 * padding - k) / stride + 1;
    const int out_w = (w + 2 * padding - k) / stride + 1;
    std::vector<float> out(static_cast<std::size_t>(c_out) * out_h * out_w, 0.0f);
    for (int co = 0; co < c_out; ++co) {
        float* plane = out.data() + static_cast<std::size_t>(co) * out_h * out_w;
        for (int ci = 0; ci < c_in; ++ci) {
            const float* image = x.data() + static_cast<std::size_t>(ci) * h * w;
            const float* kernel = weight.data() + (static_cast<std::size_t>(co) * c_in + ci) * k * k;
            for (int p = 0; p < k; ++p) {
                for (int q = 0; q < k; ++q) {
                    const float wt = kernel[p * k + q];
                    // Output columns j whose input column j*stride - padding + q lies inside [0, w).
                    const int shift = q - padding;
                    const int j_lo = std::max(0, (-shift + stride - 1) / stride);
                    const int j_hi = std::min(out_w, (w - 1 - shift) / stride + 1);
                    for (int i = 0; i < out_h; ++i) {
                        const int y = i * stride - padding + p;
                        if (y < 0 || y >= h) continue;  // zero padding: nothing to add
                        const float* row = image + static_cast<std::size_t>(y) * w;
                        float* dst = plane + static_cast<std::size_t>(i) * out_w;
                        for (int j = j_lo; j < j_hi; ++j) dst[j] += wt * row[j * stride + shift];
                    }
                }
            }
        }
    }
    return out;
}
