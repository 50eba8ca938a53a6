"""Data files shipped with Isnad (installed as the package `isnad_resources`)."""
