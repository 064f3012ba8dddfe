# A to-do manager: tasks with priorities, tags, due days on a plain integer calendar,
# recurring tasks, dependencies, a command interpreter driven by `match`, and reports.
from dataclasses import dataclass, field
from typing import Dict, List, Optional

PRIORITIES = {"low": 3, "normal": 2, "high": 1, "urgent": 0}
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def day_name(day: int) -> str:
    week, dow = divmod(day, 7)
    return f"W{week + 1}-{WEEKDAYS[dow]}"


class TodoError(Exception):
    pass


class NoSuchTask(TodoError):
    def __init__(self, tid):
        super().__init__(f"no task #{tid}")
        self.tid = tid


class Blocked(TodoError):
    def __init__(self, task, waiting):
        names = ", ".join(f"#{t}" for t in waiting)
        super().__init__(f"task #{task.tid} is blocked by {names}")


@dataclass
class Task:
    tid: int
    title: str
    priority: str = "normal"
    due: Optional[int] = None
    tags: List[str] = field(default_factory=list)
    depends: List[int] = field(default_factory=list)
    done_on: Optional[int] = None

    @property
    def done(self) -> bool:
        return self.done_on is not None

    def sort_key(self):
        due = self.due if self.due is not None else 10 ** 6
        return (self.done, PRIORITIES[self.priority], due, self.tid)

    def describe(self, today: int) -> str:
        mark = "x" if self.done else " "
        due = ""
        if self.due is not None:
            delta = self.due - today
            if self.done:
                due = f"due {day_name(self.due)}"
            elif delta < 0:
                due = f"OVERDUE by {-delta}d"
            elif delta == 0:
                due = "due today"
            else:
                due = f"in {delta}d ({day_name(self.due)})"
        tags = " ".join("#" + t for t in self.tags)
        return f"[{mark}] {self.tid:>2} {self.priority:<7} {self.title:<22} {due:<18} {tags}".rstrip()


@dataclass
class Recurring(Task):
    every: int = 7

    def next_copy(self, new_id: int) -> "Recurring":
        return Recurring(new_id, self.title, self.priority, (self.due or 0) + self.every,
                         list(self.tags), [], None, self.every)


class TodoList:
    def __init__(self):
        self.tasks: Dict[int, Task] = {}
        self.today = 0
        self._next = 1
        self.log: List[str] = []

    def _new_id(self) -> int:
        tid = self._next
        self._next += 1
        return tid

    def add(self, title, **opts) -> Task:
        every = opts.pop("every", None)
        cls = Recurring if every else Task
        extra = {"every": every} if every else {}
        task = cls(self._new_id(), title, **opts, **extra)
        self.tasks[task.tid] = task
        self.log.append(f"day {self.today}: added #{task.tid}")
        return task

    def get(self, tid: int) -> Task:
        if tid not in self.tasks:
            raise NoSuchTask(tid)
        return self.tasks[tid]

    def complete(self, tid: int) -> Optional[Task]:
        task = self.get(tid)
        waiting = [d for d in task.depends if not self.get(d).done]
        if waiting:
            raise Blocked(task, waiting)
        task.done_on = self.today
        self.log.append(f"day {self.today}: done #{tid}")
        if isinstance(task, Recurring):
            copy = task.next_copy(self._new_id())
            self.tasks[copy.tid] = copy
            return copy
        return None

    def advance(self, days: int) -> None:
        self.today += days

    def pending(self):
        for task in sorted(self.tasks.values(), key=Task.sort_key):
            if not task.done:
                yield task

    def overdue(self):
        return [t for t in self.pending() if t.due is not None and t.due < self.today]

    def by_tag(self) -> Dict[str, List[int]]:
        out: Dict[str, List[int]] = {}
        for t in self.tasks.values():
            for tag in t.tags:
                out.setdefault(tag, []).append(t.tid)
        return dict(sorted(out.items()))

    def show(self, title: str) -> None:
        print(f"== {title} (today {day_name(self.today)}) ==")
        for task in sorted(self.tasks.values(), key=Task.sort_key):
            print("  " + task.describe(self.today))


def run(todo: TodoList, line: str) -> str:
    words = line.split()
    match words:
        case ["add", title, *rest]:
            opts = {}
            for item in rest:
                key, _, value = item.partition("=")
                match key:
                    case "p":
                        if value not in PRIORITIES:
                            raise TodoError(f"bad priority {value!r}")
                        opts["priority"] = value
                    case "due":
                        opts["due"] = todo.today + int(value)
                    case "tags":
                        opts["tags"] = value.split(",")
                    case "after":
                        opts["depends"] = [int(x) for x in value.split(",")]
                    case "every":
                        opts["every"] = int(value)
                    case _:
                        raise TodoError(f"unknown option {key!r}")
            task = todo.add(title.replace("_", " "), **opts)
            return f"added #{task.tid} {task.title!r}"
        case ["done", tid]:
            again = todo.complete(int(tid))
            return f"completed #{tid}" + (f", next on {day_name(again.due)} as #{again.tid}" if again else "")
        case ["wait", days] if days.isdigit():
            todo.advance(int(days))
            return f"now {day_name(todo.today)}"
        case ["overdue"]:
            return "overdue: " + (", ".join(f"#{t.tid}" for t in todo.overdue()) or "none")
        case ["top", n]:
            tops = []
            for task in todo.pending():
                if len(tops) == int(n):
                    break
                tops.append(task.title)
            return "top: " + " | ".join(tops)
        case []:
            return "(empty)"
        case [cmd, *_]:
            raise TodoError(f"unknown command {cmd!r} with {len(words) - 1} args")


todo = TodoList()
script = """
add Write_report p=high due=3 tags=work,writing
add Buy_milk p=low due=1 tags=home
add Review_PR p=urgent due=0 tags=work
add Water_plants every=3 due=2 tags=home
add Ship_release p=high due=5 tags=work after=1,3
add Call_mom p=normal tags=family
top 3
done 5
done 3
wait 2
done 4
overdue
add Learn_rust p=meh
frobnicate now please
done 42
wait x
done 1
done 5
wait 4
overdue
done 7

top 10
"""
for line in script.strip("\n").split("\n"):
    try:
        print(f"> {line:<40} {run(todo, line)}")
    except ValueError as e:
        print(f"> {line:<40} ValueError: {e}")
    except TodoError as e:
        print(f"> {line:<40} {type(e).__name__}: {e}")
    finally:
        if line.startswith("wait"):
            todo.show("after wait")

print(todo.by_tag())
done = [t for t in todo.tasks.values() if t.done]
print("completed:", [(t.tid, day_name(t.done_on)) for t in done])
lateness = {t.tid: t.done_on - t.due for t in done if t.due is not None}
print("lateness:", lateness, "avg", f"{sum(lateness.values()) / len(lateness):+.2f}")
print(todo.log[-4:], len(todo.log))
print(Recurring(99, "x", due=1) == Recurring(99, "x", due=1), Task(1, "a") == Recurring(1, "a"))
