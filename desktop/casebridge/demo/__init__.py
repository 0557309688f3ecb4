"""A realistic demo case and its generated material, for training, screenshots and later tests."""
