"""Support modules for the conformance programs named modules_*.py."""
PACKAGE_NAME = "appmods"
