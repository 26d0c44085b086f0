"""A traffic-light controller and an HTTP request-line parser: enums, match, generators."""
from enum import Enum, auto, IntFlag
from typing import Generator, Literal, TypeAlias

Seconds: TypeAlias = float


class Light(Enum):
    RED = auto()
    RED_AMBER = auto()
    GREEN = auto()
    AMBER = auto()

    @property
    def next(self) -> "Light":
        order = list(type(self))
        return order[(order.index(self) + 1) % len(order)]


class Sensor(IntFlag):
    NONE = 0
    CAR = 1
    PEDESTRIAN = 2
    EMERGENCY = 4


DURATIONS: dict[Light, Seconds] = {
    Light.RED: 30.0,
    Light.RED_AMBER: 2.0,
    Light.GREEN: 25.0,
    Light.AMBER: 3.0,
}


def controller(start: Light = Light.RED) -> Generator[tuple[Light, Seconds], Sensor, None]:
    state = start
    while True:
        duration = DURATIONS[state]
        sensed = yield state, duration
        match state, sensed:
            case _, s if s & Sensor.EMERGENCY:
                state = Light.RED
            case Light.GREEN, s if s & Sensor.PEDESTRIAN and not s & Sensor.CAR:
                state = Light.AMBER
            case Light.RED, Sensor.NONE:
                continue
            case (Light.RED | Light.RED_AMBER | Light.GREEN | Light.AMBER), _:
                state = state.next


Method = Literal["GET", "POST", "PUT", "DELETE", "HEAD"]


class BadRequest(ValueError):
    pass


def parse_request_line(line: bytes) -> tuple[Method, str, tuple[int, int]]:
    try:
        text = line.decode("ascii").rstrip("\r\n")
    except UnicodeDecodeError as exc:
        raise BadRequest("non-ASCII request line") from exc
    match text.split(" "):
        case [("GET" | "POST" | "PUT" | "DELETE" | "HEAD") as method, target, version]:
            pass
        case [method, *_] if not method.isupper():
            raise BadRequest(f"bad method {method!r}")
        case parts:
            raise BadRequest(f"expected 3 parts, got {len(parts)}")
    match version.partition("/"):
        case ("HTTP", "/", numbers) if numbers.count(".") == 1:
            major, _, minor = numbers.partition(".")
            if not (major.isdigit() and minor.isdigit()):
                raise BadRequest(f"bad version {version!r}")
        case _:
            raise BadRequest(f"bad protocol {version!r}")
    if not target.startswith(("/", "*", "http://", "https://")):
        raise BadRequest(f"bad target {target!r}")
    return method, target, (int(major), int(minor))


def simulate(events: list[Sensor], start: Light = Light.RED) -> list[str]:
    machine = controller(start)
    light, duration = next(machine)
    timeline = [f"{light.name:<10}{duration:>6.1f}s"]
    for event in events:
        light, duration = machine.send(event)
        timeline.append(f"{light.name:<10}{duration:>6.1f}s  after {event!r}")
    machine.close()
    return timeline


if __name__ == "__main__":
    print(*simulate([Sensor.CAR, Sensor.NONE, Sensor.PEDESTRIAN, Sensor.EMERGENCY | Sensor.CAR,
                     Sensor.CAR, Sensor.CAR]), sep="\n")
    for raw in (b"GET /index.html HTTP/1.1\r\n", b"get / HTTP/1.0", b"POST /x HTTP/2",
                b"PUT /y FTP/1.0", "GET /\u00e9 HTTP/1.1".encode()):
        try:
            print(parse_request_line(raw))
        except BadRequest as e:
            print(f"400 Bad Request: {e}")
