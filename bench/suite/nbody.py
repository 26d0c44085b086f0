# Float arithmetic: a five-body gravity simulation (leapfrog steps over lists of floats).
N = 2
SMOKE_N = 1

PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


def make_bodies():
    # [x, y, z, vx, vy, vz, mass]: a sun and four planets, rough orbital values
    planets = [
        [4.84, -1.16, -0.10, 1.66e-03, 7.70e-03, -6.90e-05, 9.54e-04],
        [8.34, 4.12, -0.40, -2.77e-03, 5.00e-03, 2.30e-05, 2.86e-04],
        [12.89, -15.11, -0.22, 2.96e-03, 2.37e-03, -2.96e-05, 4.36e-05],
        [15.37, -25.91, 0.18, 2.68e-03, 1.62e-03, -9.51e-05, 5.15e-05],
    ]
    bodies = [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS]]
    for p in planets:
        bodies.append([p[0], p[1], p[2], p[3] * DAYS_PER_YEAR, p[4] * DAYS_PER_YEAR,
                       p[5] * DAYS_PER_YEAR, p[6] * SOLAR_MASS])
    px = py = pz = 0.0
    for b in bodies:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
    sun = bodies[0]
    sun[3] = -px / SOLAR_MASS
    sun[4] = -py / SOLAR_MASS
    sun[5] = -pz / SOLAR_MASS
    return bodies


def pairs(bodies):
    out = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            out.append((bodies[i], bodies[j]))
    return out


def advance(bodies, body_pairs, dt, steps):
    for _ in range(steps):
        for a, b in body_pairs:
            dx = a[0] - b[0]
            dy = a[1] - b[1]
            dz = a[2] - b[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            bm = b[6] * mag
            am = a[6] * mag
            a[3] -= dx * bm
            a[4] -= dy * bm
            a[5] -= dz * bm
            b[3] += dx * am
            b[4] += dy * am
            b[5] += dz * am
        for body in bodies:
            body[0] += dt * body[3]
            body[1] += dt * body[4]
            body[2] += dt * body[5]


def energy(bodies):
    e = 0.0
    for i, a in enumerate(bodies):
        e += 0.5 * a[6] * (a[3] * a[3] + a[4] * a[4] + a[5] * a[5])
        for b in bodies[i + 1:]:
            dx = a[0] - b[0]
            dy = a[1] - b[1]
            dz = a[2] - b[2]
            e -= a[6] * b[6] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def main(n):
    result = []
    for _ in range(n):
        bodies = make_bodies()
        before = energy(bodies)
        advance(bodies, pairs(bodies), 0.01, 12000)
        result.append("%.9f %.9f" % (before, energy(bodies)))
    return result[-1]


if __name__ == "__main__":
    print(main(N))
