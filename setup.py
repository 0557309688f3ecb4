"""The package layout pyproject.toml cannot express on its own: the code lives in `desktop/casebridge/`, the data
files in the top-level `resources/` folder, mapped into the package as `casebridge/resources/`. Every folder and
file under `resources/` is included by construction (a test compares the built wheel with the tree)."""

from setuptools import find_namespace_packages, find_packages, setup

RESOURCES = ["casebridge.resources", *(f"casebridge.resources.{name}" for name in find_namespace_packages("resources"))]

setup(
    packages=[*find_packages("desktop"), *RESOURCES],
    package_dir={"": "desktop", "casebridge.resources": "resources"},
    package_data={
        "casebridge": ["py.typed"],
        "casebridge.store.migrations": ["*.mako"],
        **{name: ["*"] for name in RESOURCES},
    },
)
