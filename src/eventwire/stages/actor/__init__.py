"""Helpers of the actors stage: descriptor coding."""
