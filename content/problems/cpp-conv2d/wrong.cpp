#include <cstddef>
#include <vector>

// A true (flipped-kernel) convolution: the classic confusion with cross-correlation.
std::vector<float> conv2d(const std::vector<float>& x, int c_in, int h, int w,
                          const std::vector<float>& weight, int c_out, int k, int stride, int padding) {
    const int out_h = (h + 2 * padding - k) / stride + 1;
    const int out_w = (w + 2 * padding - k) / stride + 1;
    std::vector<float> out(static_cast<std::size_t>(c_out) * out_h * out_w);
    for (int co = 0; co < c_out; ++co)
        for (int i = 0; i < out_h; ++i)
            for (int j = 0; j < out_w; ++j) {
                float acc = 0.0f;
                for (int ci = 0; ci < c_in; ++ci)
                    for (int p = 0; p < k; ++p)
                        for (int q = 0; q < k; ++q) {
                            const int y = i * stride - padding + p, xx = j * stride - padding + q;
                            if (y < 0 || y >= h || xx < 0 || xx >= w) continue;
                            const int fp = k - 1 - p, fq = k - 1 - q;  // flipped
                            acc += x[(static_cast<std::size_t>(ci) * h + y) * w + xx] *
                                   weight[((static_cast<std::size_t>(co) * c_in + ci) * k + fp) * k + fq];
                        }
                out[(static_cast<std::size_t>(co) * out_h + i) * out_w + j] = acc;
            }
    return out;
}
