"""The import direction written in docs/architecture.md holds over the import graph: each
app imports only the layers below it, and no production app imports the demo."""

import logging
import re

from importlinter.cli import lint_imports as _lint_imports

from tests.architecture.conftest import ROOT


def lint_imports(**kwargs) -> int:
    """import-linter's CLI reconfigures logging with ``dictConfig``, which disables every
    logger that already exists: later tests reading ``caplog`` would see nothing. Keep the
    suite's loggers as they were."""
    loggers = [
        lg for lg in logging.Logger.manager.loggerDict.values() if isinstance(lg, logging.Logger)
    ]
    before = {lg: lg.disabled for lg in loggers}
    try:
        return _lint_imports(**kwargs)
    finally:
        for lg, disabled in before.items():
            lg.disabled = disabled


def _contract(config, contract_id):
    return next(c for c in config["contracts"] if c["id"] == contract_id)


def _write_config(path, config):
    """A minimal TOML writer for the import-linter section (strings and lists of strings)."""

    def value(v):
        return "[" + ", ".join(f'"{x}"' for x in v) + "]" if isinstance(v, list) else f'"{v}"'

    lines = ["[tool.importlinter]", f"root_packages = {value(config['root_packages'])}"]
    for contract in config["contracts"]:
        lines.append("[[tool.importlinter.contracts]]")
        lines += [f"{key} = {value(v)}" for key, v in contract.items()]
    path.write_text("\n".join(lines) + "\n")
    return str(path)


def test_documented_layers_are_the_checked_layers(importlinter_config):
    doc = (ROOT / "docs" / "architecture.md").read_text()
    block = doc.split("<!-- layers:start -->")[1].split("<!-- layers:end -->")[0]
    documented = re.findall(r"^\d+\. `([^`]+)`$", block, flags=re.MULTILINE)
    assert documented == _contract(importlinter_config, "layers")["layers"]


def test_every_production_app_is_in_a_layer_and_none_may_import_the_demo(importlinter_config):
    layered = {
        module.strip().split(".")[0]
        for line in _contract(importlinter_config, "layers")["layers"]
        for module in line.split("|")
    }
    assert layered == set(importlinter_config["root_packages"])
    forbidden = _contract(importlinter_config, "no-demo")
    assert set(forbidden["source_modules"]) == layered - {"demo"}
    assert forbidden["forbidden_modules"] == ["demo"]


def test_imports_follow_the_layers(capsys):
    code = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True)
    report = capsys.readouterr().out
    assert code == 0, report
    assert "Contracts: 2 kept, 0 broken." in report


def test_a_reversed_layer_order_is_reported(importlinter_config, tmp_path, capsys):
    """The check can fail: with cms put above graphql_api, graphql_api's imports of cms
    break the contract."""
    layers = _contract(importlinter_config, "layers")["layers"]
    swapped = [
        "cms" if line == "graphql_api" else "graphql_api" if line == "cms" else line
        for line in layers
    ]
    config = {
        "root_packages": importlinter_config["root_packages"],
        "contracts": [{"id": "layers", "name": "swapped", "type": "layers", "layers": swapped}],
    }
    code = lint_imports(
        config_filename=_write_config(tmp_path / "pyproject.toml", config),
        no_cache=True,
        no_logo=True,
    )
    assert code == 1
    assert "graphql_api is not allowed to import cms" in capsys.readouterr().out
