"""The 2023-2028 communication programme: plans and targets set down the org tree, actuals
computed from what the platform records, roll-ups over any subtree, training records, channel
registry and periodic reports (docs/programme.md)."""
