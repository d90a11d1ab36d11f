"""Pure conversation logic: typed, versioned states and next_state functions. No SDK imports."""
