"""Use cases of the register: village, households and people, placements and life events, search, import."""
