from __future__ import annotations

import pytest

from stancemap.errors import ConfigError
from stancemap.settings import Settings, resolve_settings


def test_defaults_when_nothing_given(tmp_path):
    s = resolve_settings({}, env={"XDG_CONFIG_HOME": str(tmp_path)})
    assert s == Settings()
    assert s.numpy_ops is True
    assert s.max_bytes == 1_000_000


def test_layers_config_then_env_then_flags(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text('model = "from_file"\nbatch_size = 3\nmax_bytes = 10\n')
    env = {"STANCEMAP_MODEL": "from_env", "STANCEMAP_NUMPY_OPS": "off"}
    s = resolve_settings({"max_bytes": 99, "batch_size": None}, config=cfg, env=env)
    assert s.model == "from_env"          # env beats file
    assert s.batch_size == 3              # file beats default; None flag ignored
    assert s.max_bytes == 99              # flag beats file
    assert s.numpy_ops is False


def test_config_section_and_env_config_path(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text('[stancemap]\nactor_dictionaries = ["a.yaml", "b.csv"]\n')
    s = resolve_settings({}, env={"STANCEMAP_CONFIG": str(cfg)})
    assert s.actor_dictionaries == ("a.yaml", "b.csv")


@pytest.mark.parametrize(
    "content, fragment",
    [("modle = 'x'", "unknown setting(s) modle"), ("batch_size = 'many'", "batch_size"), ("= broken", "not valid TOML")],
)
def test_bad_config_file_names_file_and_reason(tmp_path, content, fragment):
    cfg = tmp_path / "bad.toml"
    cfg.write_text(content)
    with pytest.raises(ConfigError) as exc:
        resolve_settings({}, config=cfg, env={})
    assert str(cfg) in str(exc.value)
    assert fragment in str(exc.value)


def test_bad_env_value():
    with pytest.raises(ConfigError, match=r"\$STANCEMAP_NUMPY_OPS"):
        resolve_settings({}, env={"STANCEMAP_NUMPY_OPS": "perhaps"})


def test_choice_settings_are_checked():
    assert resolve_settings({"plover_scheme": "0.5"}, env={}).plover_scheme == "0.5"
    with pytest.raises(ConfigError, match="plover_scheme"):
        resolve_settings({}, env={"STANCEMAP_PLOVER_SCHEME": "1999"})
