import numpy as np


def one_hot(labels, num_classes):
    # Mistake: no range check. Negative labels silently wrap around to the last
    # classes and labels >= num_classes raise IndexError instead of ValueError.
    return np.eye(num_classes, dtype=np.float32)[labels]
