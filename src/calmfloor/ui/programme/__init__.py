"""The programme page: Today (what the physiotherapist's programme asks, what is done, one
press to start the next item), programme import, and the flare plan with its log."""
