"""The Heat pack page: the timer's controller, view, alarm banner, chip and notifier."""
