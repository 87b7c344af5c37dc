#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Rebind authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The bash and zsh completions and the manual page of rebind-cli against the program itself.

Every command, option and value list is read from the real rebind-cli's --help output; the bash
completion is run in bash (with the bash-completion package), the zsh completion in an
interactive zsh on a pseudo-terminal (tst_completion_zsh.zsh), and the manual pages through groff
and man. The value lists are also given to the program, against a real vault, to see it accept
every one of them.

usage: tst_completion.py REBIND_CLI SOURCE_DIR
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

CLI = ""
SOURCE = ""
BASH_COMPLETION = "/usr/share/bash-completion/bash_completion"
PASSPHRASE = "correct horse battery staple tea\n"


def run_cli(*args, stdin="", env=None):
    return subprocess.run([CLI, *args], input=stdin, capture_output=True, text=True, env=env,
                          timeout=120)


def help_text(*command):
    result = run_cli(*command, "--help")
    if result.returncode != 0:
        raise AssertionError(f"rebind-cli {' '.join(command)} --help exited {result.returncode}")
    return result.stdout


def sections(text):
    """{'Usage': [line], 'Options': [lines], ...}: a help text cut at its "Title:" lines."""
    out = {"Usage": [text.splitlines()[0]]}
    current = None
    for line in text.splitlines()[1:]:
        match = re.fullmatch(r"([A-Z][A-Za-z ,]*):", line)
        if match:
            current = match.group(1)
            out[current] = []
        elif current:
            out[current].append(line)
    return out


def entries(lines):
    """[(names, description)] from a two-column help table; names as the left column has them."""
    out = []
    for line in lines:
        match = re.match(r"  (\S.*?)(?:  +(\S.*))?$", line)
        if match and not line.startswith("   "):
            out.append([match.group(1).strip(), match.group(2) or ""])
        elif out and line.strip():
            out[-1][1] += " " + line.strip()
    return [(names, description) for names, description in out]


def option_names(left_column):
    """'-o, --output <FILE>' -> ['-o', '--output']."""
    return re.findall(r"(?<![\w-])(--?[a-zA-Z][\w-]*)", left_column.split("<")[0])


def comma_list(description):
    """The longest "a, b, c" list of keys in a help description (as Vocabulary writes them)."""
    runs = re.findall(r"(?<![\w-])([a-z0-9][a-z0-9-]*(?:, [a-z0-9][a-z0-9-]*)+)", description)
    words = max(runs, key=len).split(", ")
    # "…, other, or your own word": the run ends with the "or" of the sentence.
    return words[:-1] if words[-1] == "or" else words


class Program:
    """What rebind-cli --help and COMMAND --help say."""

    def __init__(self):
        top = sections(help_text())
        self.global_options = set()
        for names, _ in entries(top["Options"]):
            self.global_options.update(option_names(names))
        self.commands = [names for names, _ in entries(top["Commands"])]
        self.top_level = []
        for command in self.commands:
            if command.split()[0] not in self.top_level:
                self.top_level.append(command.split()[0])
        self.groups = {}
        for command in self.commands:
            if " " in command:
                group, sub = command.split()
                self.groups.setdefault(group, []).append(sub)
        self.options = {}
        self.descriptions = {}
        self.usage = {}
        self.option_columns = {}
        for command in self.commands:
            parts = sections(help_text(*command.split()))
            self.usage[command] = parts["Usage"][0]
            self.options[command] = set()
            self.option_columns[command] = "\n".join(parts.get("Options", []))
            for names, description in entries(parts.get("Options", [])):
                for name in option_names(names):
                    self.options[command].add(name)
                    self.descriptions[(command, name)] = description
            for names, description in entries(parts.get("Arguments", [])):
                self.descriptions[(command, names)] = description
        self.all_options = set(self.global_options).union(*self.options.values())
        self.exit_codes = {}
        exit_part = re.split(r"\nExit status[^\n]*:\n", help_text())[1]
        for code, meaning in entries(exit_part.splitlines()):
            self.exit_codes[int(code)] = meaning

    def choices_in_usage(self, command, option):
        """"--market cn|global" (or "export pdf|png|…") in the usage line, or the option's
        "<a4|letter>" value name in the options."""
        pattern = r"(?<![\w-])" + re.escape(option) + r" <?([a-z0-9]+(?:\|[a-z0-9]+)+)"
        match = re.search(pattern, self.usage[command]) or re.search(
            pattern, self.option_columns[command])
        return match.group(1).split("|")

    def value_lists(self):
        """{(command line to complete): expected completions}, every value list the program has."""
        d = self.descriptions
        statuses = comma_list(d[("add-binding", "--status")])
        formats = self.choices_in_usage("export", "export")
        return {
            "rebind-cli add-person Zhang --relation ": comma_list(d[("add-person", "--relation")]),
            "rebind-cli add-number Zhang 13800138000 --status ":
                comma_list(d[("add-number", "--status")]),
            "rebind-cli add-binding 13800138000 wechat --role ":
                comma_list(d[("add-binding", "--role")]),
            "rebind-cli add-binding 13800138000 wechat --action ":
                comma_list(d[("add-binding", "--action")]),
            "rebind-cli add-binding 13800138000 wechat --status ": statuses,
            "rebind-cli add-binding 13800138000 Foo --category ":
                comma_list(d[("add-binding", "--category")]),
            "rebind-cli mark 13800138000 wechat ": comma_list(d[("mark", "STATUS")]),
            "rebind-cli mark 13800138000 ": comma_list(d[("mark", "SERVICE")]),
            "rebind-cli export ": formats,
            "rebind-cli export pdf 13800138000 --paper ": self.choices_in_usage("export", "--paper"),
            "rebind-cli import ": self.choices_in_usage("import", "import"),
            "rebind-cli catalog list --market ": self.choices_in_usage("catalog list", "--market"),
            "rebind-cli catalog list --category ":
                comma_list(d[("catalog list", "--category")]),
        }


PROGRAM = None


def bash_complete(lines):
    """{line: [completions]} from the real bash completion, sourced into a real bash."""
    script = [f"source {BASH_COMPLETION}",
              f"source {SOURCE}/packaging/completion/rebind-cli.bash"]
    for line in lines:
        # The words as readline hands them over: "=" is a word of its own (COMP_WORDBREAKS).
        words = line.replace("=", " = ").split()
        if line.endswith(" ") or line.endswith("="):
            words.append("")
        quoted = " ".join("'" + w + "'" for w in words)
        script.append(
            f"COMP_LINE='{line}'; COMP_POINT=${{#COMP_LINE}}; COMP_WORDS=({quoted}); "
            f"COMP_CWORD={len(words) - 1}; COMPREPLY=(); _rebind_cli; "
            f"printf '### %s\\n' \"$COMP_LINE\"; printf '%s\\n' \"${{COMPREPLY[@]}}\"")
    result = subprocess.run(["bash", "--norc", "--noprofile", "-c", "\n".join(script)],
                            capture_output=True, text=True, timeout=120)
    if result.returncode != 0 or result.stderr:
        raise AssertionError(f"bash failed ({result.returncode}): {result.stderr}")
    return parse_blocks(result.stdout)


def zsh_complete(lines):
    """{line: [completions]} from the real zsh completion, on a pseudo-terminal."""
    driver = os.path.join(SOURCE, "tests/cli/tst_completion_zsh.zsh")
    result = subprocess.run(["zsh", "-f", driver, os.path.join(SOURCE, "packaging/completion"),
                             *lines], capture_output=True, text=True, timeout=300)
    if result.returncode != 0 or result.stderr:
        raise AssertionError(f"zsh driver failed ({result.returncode}): {result.stderr}")
    return parse_blocks(result.stdout)


def parse_blocks(output):
    out = {}
    current = None
    for line in output.splitlines():
        if line.startswith("### "):
            current = line[4:]
            out[current] = []
        elif current is not None and line:
            out[current].append(line)
    return out


def man_text(path):
    """The manual page's source with roff escapes for "-" undone."""
    with open(path, encoding="utf-8") as source:
        return source.read().replace("\\-", "-")


class CompletionTest(unittest.TestCase):
    maxDiff = None

    def check_shell(self, complete, name):
        p = PROGRAM
        lines = ["rebind-cli ", "rebind-cli -", "rebind-cli ex"]
        lines += [f"rebind-cli {group} " for group in p.groups]
        lines += [f"rebind-cli {command} -" for command in p.commands]
        values = p.value_lists()
        lines += list(values)
        got = complete(lines)

        # "help" is the one command --help does not list; the program knows it.
        self.assertEqual(run_cli("help", "export").returncode, 0)
        self.assertEqual(set(got["rebind-cli "]), set(p.top_level) | {"help"}, name)
        self.assertEqual(set(got["rebind-cli -"]), p.global_options, name)
        self.assertEqual(got["rebind-cli ex"], ["export"], name)
        for group, subcommands in p.groups.items():
            self.assertEqual(set(got[f"rebind-cli {group} "]), set(subcommands), name)
        for command in p.commands:
            self.assertEqual(set(got[f"rebind-cli {command} -"]), p.options[command],
                             f"{name}: the options of {command}")
        for line, expected in values.items():
            self.assertEqual(set(got[line]), set(expected), f"{name}: {line!r}")
            self.assertGreaterEqual(len(expected), 2, line)

    def test_bash_completes_what_the_program_knows(self):
        self.assertTrue(os.path.exists(BASH_COMPLETION),
                        "the bash-completion package is missing (packaging/install-deps.sh)")
        self.check_shell(bash_complete, "bash")

    def test_zsh_completes_what_the_program_knows(self):
        self.assertIsNotNone(shutil.which("zsh"), "zsh is missing (packaging/install-deps.sh)")
        check = subprocess.run(["zsh", "-n", os.path.join(SOURCE, "packaging/completion/_rebind-cli")],
                               capture_output=True, text=True)
        self.assertEqual(check.returncode, 0, check.stderr)
        self.check_shell(zsh_complete, "zsh")

    def check_files(self, complete, name):
        with tempfile.TemporaryDirectory() as folder:
            for file in ("a.rebind", "b.vault", "c.rebindhandoff", "d.json", "e.txt"):
                open(os.path.join(folder, file), "w").close()
            os.mkdir(os.path.join(folder, "sub"))
            f = folder + "/"
            got = complete([f"rebind-cli --vault {f}", f"rebind-cli export pdf --all -o {f}",
                            f"rebind-cli import handoff {f}", f"rebind-cli import json {f}",
                            f"rebind-cli scan {f}"])
            names = {line: {os.path.basename(c.rstrip("/")) for c in found}
                     for line, found in got.items()}
            self.assertEqual(names[f"rebind-cli --vault {f}"], {"a.rebind", "b.vault", "sub"}, name)
            self.assertLessEqual({"a.rebind", "e.txt", "sub"},
                                 names[f"rebind-cli export pdf --all -o {f}"], name)
            self.assertLessEqual({"c.rebindhandoff", "sub"},
                                 names[f"rebind-cli import handoff {f}"], name)
            self.assertIn("d.json", names[f"rebind-cli import json {f}"], name)
            self.assertLessEqual({"e.txt", "sub"}, names[f"rebind-cli scan {f}"], name)

    def test_bash_completes_files(self):
        self.check_files(bash_complete, "bash")

    def test_zsh_completes_files(self):
        self.check_files(zsh_complete, "zsh")

    def test_bash_completes_joined_roles_and_option_values(self):
        got = bash_complete(["rebind-cli add-binding 1 wechat --role login,sm",
                             "rebind-cli add-binding 1 wechat --role=ba",
                             "rebind-cli --vault=x.rebind export ",
                             "rebind-cli --vault x.rebind mark 1 wechat d"])
        self.assertEqual(got["rebind-cli add-binding 1 wechat --role login,sm"],
                         ["login,sms-login"])
        self.assertEqual(got["rebind-cli add-binding 1 wechat --role=ba"], ["bank-reserved"])
        self.assertEqual(len(got["rebind-cli --vault=x.rebind export "]), 6)
        self.assertEqual(got["rebind-cli --vault x.rebind mark 1 wechat d"], ["done"])

    def test_the_program_accepts_every_value_completed(self):
        """The lists come from --help; here the program takes each value for real."""
        with tempfile.TemporaryDirectory() as folder:
            env = dict(os.environ, HOME=folder)
            vault = os.path.join(folder, "test.rebind")
            values = PROGRAM.value_lists()

            def cli(*args, stdin=PASSPHRASE):
                result = run_cli("--vault", vault, *args, stdin=stdin, env=env)
                self.assertEqual(result.returncode, 0, f"{args}: {result.stderr}")

            cli("init", "--decryption-time", "50")
            for relation in values["rebind-cli add-person Zhang --relation "]:
                cli("add-person", f"P {relation}", "--relation", relation)
            number_statuses = values["rebind-cli add-number Zhang 13800138000 --status "]
            for i, status in enumerate(number_statuses):
                cli("add-number", "P self", f"1380013800{i}", "--status", status)
            number = "13800138000"
            cli("add-binding", number, "wechat", "--role",
                ",".join(values["rebind-cli add-binding 13800138000 wechat --role "]))
            for i, action in enumerate(values["rebind-cli add-binding 13800138000 wechat --action "]):
                cli("add-binding", number, f"Service {i}", "--action", action)
            for i, category in enumerate(values["rebind-cli add-binding 13800138000 Foo --category "]):
                cli("add-binding", number, f"Custom {i}", "--category", category)
            for status in values["rebind-cli mark 13800138000 wechat "]:
                cli("mark", number, "wechat", status)
            for step in values["rebind-cli mark 13800138000 "]:
                cli("mark", number, step, "done")
            for i, status in enumerate(values["rebind-cli add-binding 13800138000 wechat --status "]):
                cli("add-binding", "13800138001", f"Other {i}", "--status", status)
            for i, fmt in enumerate(values["rebind-cli export "]):
                out = os.path.join(folder, f"out{i}.{fmt}")
                stdin = PASSPHRASE * 2 if fmt == "handoff" else PASSPHRASE
                cli("export", fmt, number, "-o", out, stdin=stdin)
                self.assertGreater(os.path.getsize(out), 0, fmt)
            for paper in values["rebind-cli export pdf 13800138000 --paper "]:
                cli("export", "pdf", number, "--paper", paper, "-o",
                    os.path.join(folder, f"{paper}.pdf"))
            cli("import", "json", os.path.join(folder, "out4.json"))
            cli("import", "handoff", os.path.join(folder, "out5.handoff"), stdin=PASSPHRASE * 2)
            for market in values["rebind-cli catalog list --market "]:
                cli("catalog", "list", "--market", market, stdin="")
            # The checks can fail: a value the program does not know is refused.
            result = run_cli("--vault", vault, "mark", number, "wechat", "finished",
                             stdin=PASSPHRASE, env=env)
            self.assertEqual(result.returncode, 1)
            self.assertEqual(run_cli("catalog", "list", "--market", "moon").returncode, 1)


class ManualTest(unittest.TestCase):
    maxDiff = None

    def test_cli_manual_describes_every_command_and_option(self):
        text = man_text(os.path.join(SOURCE, "docs/man/rebind-cli.1"))
        # A command's entry: from its ".TP / .B command" to the next command's or section.
        starts = {}
        for command in PROGRAM.commands:
            match = re.search(r"^\.TP\n\.B " + re.escape(command) + r"(?=[ \\\n])", text, re.M)
            self.assertIsNotNone(match, f"rebind-cli.1 has no entry for {command}")
            starts[command] = match.start()
        ends = sorted(set(starts.values()) | {m.start() for m in re.finditer(r"^\.S[HS]", text, re.M)})
        for command, start in starts.items():
            entry = text[start:next(end for end in ends if end > start)]
            for option in PROGRAM.options[command] - {"-h", "--help", "--vault"}:
                self.assertTrue(re.search(r"(?<![\w-])" + re.escape(option) + r"(?![\w-])", entry),
                                f"rebind-cli.1: {option} of {command}")
        options = re.search(r"^\.SH OPTIONS\n(.*?)^\.SH", text, re.M | re.S).group(1)
        for option in PROGRAM.global_options:
            self.assertTrue(re.search(r"(?<![\w-])" + re.escape(option) + r"(?![\w-])", options),
                            f"rebind-cli.1 OPTIONS: {option}")
        # Nothing the program does not know: every option named anywhere in the page.
        named = set(re.findall(r"(?<![\w\\-])(--[a-z][\w-]*|-[a-z](?![\w-]))", text))
        self.assertEqual(named - PROGRAM.all_options, set())

    def test_cli_manual_has_every_exit_code(self):
        text = man_text(os.path.join(SOURCE, "docs/man/rebind-cli.1"))
        status = re.search(r"^\.SH EXIT STATUS\n(.*?)^\.SH", text, re.M | re.S).group(1)
        found = {}
        for code, meaning in re.findall(r"^\.TP\n\.B (\d+)\n(.*?)(?=^\.)", status, re.M | re.S):
            found[int(code)] = " ".join(meaning.split())
        expected = {code: meaning.replace("…", "...") for code, meaning in PROGRAM.exit_codes.items()}
        self.assertEqual(found, expected)

    def test_manuals_render_without_warnings(self):
        pages = ["docs/man/rebind.1", "docs/man/rebind-cli.1"]
        for page in pages:
            path = os.path.join(SOURCE, page)
            groff = subprocess.run(["groff", "-man", "-ww", "-z", path], capture_output=True,
                                   text=True)
            self.assertEqual((groff.returncode, groff.stderr), (0, ""), page)
            for locale in ("C.UTF-8", "C"):
                env = dict(os.environ, LC_ALL=locale, MANWIDTH="80")
                man = subprocess.run(["man", "--warnings", "-l", path], capture_output=True,
                                     text=True, env=env)
                self.assertEqual((man.returncode, man.stderr), (0, ""), f"{page} {locale}")
                self.assertIn("SEE ALSO", man.stdout, page)
        zh_pages = [os.path.join(SOURCE, "docs/man/zh_CN", name) for name in ("rebind.1", "rebind-cli.1")]
        for path in filter(os.path.exists, zh_pages):
            # -k: through preconv, as man does, for the UTF-8 text.
            groff = subprocess.run(["groff", "-k", "-man", "-ww", "-z", "-Tutf8", path],
                                   capture_output=True, text=True)
            self.assertEqual((groff.returncode, groff.stderr), (0, ""), path)
            env = dict(os.environ, LC_ALL="C.UTF-8", MANWIDTH="80")
            man = subprocess.run(["man", "--warnings", "-l", path], capture_output=True, text=True,
                                 env=env)
            self.assertEqual((man.returncode, man.stderr), (0, ""), path)

    def test_gui_manual_names_the_gui_options(self):
        text = man_text(os.path.join(SOURCE, "docs/man/rebind.1"))
        program = os.path.join(os.path.dirname(CLI), "rebind")
        if not os.path.exists(program):
            self.skipTest("the GUI is not built")
        gui = subprocess.run([program, "--help"], capture_output=True, text=True,
                             env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=60)
        self.assertEqual(gui.returncode, 0, gui.stderr)
        for option in set(re.findall(r"(?<![\w-])(--?[a-z][\w-]*)", gui.stdout)):
            self.assertTrue(re.search(r"(?<![\w-])" + re.escape(option) + r"(?![\w-])", text),
                            f"rebind.1 does not describe {option}")


if __name__ == "__main__":
    CLI, SOURCE = sys.argv[1], sys.argv[2]
    PROGRAM = Program()
    unittest.main(argv=[sys.argv[0], "-v"])
