from enum import StrEnum
class DemoSize(StrEnum):
    DEFAULT = "default"
    LARGE = "large"
def generate_demo(size: DemoSize = DemoSize.DEFAULT) -> None: ...
def demo_command() -> None:
    """Generate the demo marketplace."""
