"""Red flags and crisis resources: the messages shown the moment one is reported, and the
box that keeps them at the top of Today until discussed with the doctor."""
