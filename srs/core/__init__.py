"""The pure core: note parsing, card extraction and scheduling.

Nothing in this package touches files, the database, the clock or a random source of its own;
time and randomness arrive as arguments so every rule can be tested at a fixed clock.
"""
