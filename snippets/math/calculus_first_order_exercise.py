# 练习：一阶泰勒近似预测的下降量 -α||∇f||² 与真实变化量：步长小时近似准确，步长大时二阶项反超、f 反而上升
f = lambda x: x**2
x0 = 3.0
g = 2 * x0  # f'(3)
print(f"f(x) = x²，x0 = {x0}，f(x0) = {f(x0)}，梯度 = {g}")
for alpha in [0.01, 0.05, 0.2, 0.5, 0.9, 1.0, 1.1]:
    x1 = x0 - alpha * g
    predicted = -alpha * g**2  # 一阶近似
    actual = f(x1) - f(x0)
    print(f"α = {alpha:4.2f}: x1 = {x1:6.2f}   一阶预测 Δf = {predicted:8.3f}   真实 Δf = {actual:8.3f}   {'下降' if actual < 0 else '没有下降'}")
