"""The client screen: the therapist's second window, facing the client."""
