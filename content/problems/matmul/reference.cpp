#include <cstddef>
#include <vector>

std::vector<double> matmul(const std::vector<double>& a, const std::vector<double>& b, int n, int k, int m) {
    std::vector<double> out(static_cast<std::size_t>(n) * m, 0.0);
    // i, t, j order: the inner loop walks rows of b and out contiguously.
    for (int i = 0; i < n; ++i) {
        double* row = out.data() + static_cast<std::size_t>(i) * m;
        for (int t = 0; t < k; ++t) {
            const double scale = a[static_cast<std::size_t>(i) * k + t];
            const double* brow = b.data() + static_cast<std::size_t>(t) * m;
            for (int j = 0; j < m; ++j) row[j] += scale * brow[j];
        }
    }
    return out;
}
