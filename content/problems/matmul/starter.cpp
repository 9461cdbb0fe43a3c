#include <stdexcept>
#include <vector>

// a: n x k, b: k x m, both flattened row by row. Returns a times b (n x m), flattened row by row.
std::vector<double> matmul(const std::vector<double>& a, const std::vector<double>& b, int n, int k, int m) {
    throw std::runtime_error("not implemented yet");
}
