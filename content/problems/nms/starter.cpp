#include <cstdint>
#include <stdexcept>
#include <vector>

// Greedy non-maximum suppression.
// boxes: N x 4 flattened row by row (x1, y1, x2, y2); scores: N values.
// Returns the indices of the kept boxes, highest score first (ties: lower index first).
// A box is suppressed when its IoU with a kept box is strictly greater than iou_threshold.
std::vector<int64_t> nms(const std::vector<double>& boxes, const std::vector<double>& scores, double iou_threshold) {
    throw std::runtime_error("not implemented yet");
}
