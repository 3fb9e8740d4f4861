"""Drafting: prompt rendering, providers, guardrails and the assistant pipeline."""
