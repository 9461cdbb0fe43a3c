import numpy as np


def xgboost_fit_predict(X, y, X_test, n_estimators, max_depth, learning_rate,
                        reg_lambda, gamma, objective, base_score):
    """训练 XGBoost 风格的梯度提升树（二阶梯度、精确贪心分裂），返回 X_test 上的预测。

    X: (n, d) float64，y: (n,)，X_test: (m, d)。objective 为 "reg:squarederror"（返回原始分数）
    或 "binary:logistic"（返回概率）。base_score 是初始的原始分数（margin）。
    """
    raise NotImplementedError
