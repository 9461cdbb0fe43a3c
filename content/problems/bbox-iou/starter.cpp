#include <stdexcept>
#include <vector>

// boxes_a: N x 4, boxes_b: M x 4, flattened row by row (x1, y1, x2, y2).
// Returns the N x M IoU matrix flattened row by row; IoU is 0 when the union is empty.
std::vector<double> bbox_iou(const std::vector<double>& boxes_a, const std::vector<double>& boxes_b) {
    throw std::runtime_error("not implemented yet");
}
