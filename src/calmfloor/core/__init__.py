"""Qt-free domain logic: pure state machines that take ``now``; no Qt, no I/O."""
