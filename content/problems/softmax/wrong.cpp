#include <cmath>
#include <cstddef>
#include <vector>

// Not numerically stable: exp(1e4) overflows to inf, and inf / inf is NaN.
std::vector<double> softmax(const std::vector<double>& x, int rows, int cols) {
    std::vector<double> out(x.size());
    for (int r = 0; r < rows; ++r) {
        const double* in = x.data() + static_cast<std::size_t>(r) * cols;
        double* dst = out.data() + static_cast<std::size_t>(r) * cols;
        double total = 0.0;
        for (int j = 0; j < cols; ++j) total += dst[j] = std::exp(in[j]);
        for (int j = 0; j < cols; ++j) dst[j] /= total;
    }
    return out;
}
