#include <stdexcept>
#include <vector>

// x: a rows x cols matrix flattened row by row. Returns the softmax of each row, same layout.
// It must stay finite for inputs like 1e4 or -1e4.
std::vector<double> softmax(const std::vector<double>& x, int rows, int cols) {
    throw std::runtime_error("not implemented yet");
}
