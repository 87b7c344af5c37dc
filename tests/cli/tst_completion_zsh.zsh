# SPDX-FileCopyrightText: 2026 The Rebind authors
# SPDX-License-Identifier: GPL-3.0-or-later
# For tst_completion.py: completes each LINE as a person pressing Tab would, in an interactive zsh
# on a pseudo-terminal with compinit and the completion functions of COMPLETION_DIR, and prints
# "### LINE" followed by every match offered (compadd is wrapped to record them).
# usage: zsh -f tst_completion_zsh.zsh COMPLETION_DIR LINE...
zmodload zsh/zpty || exit 2
local dir=$1 out=${TMPDIR:-/tmp}/zcomp.$$ reply line
shift
zpty z zsh -f -i
zpty -w z "PS1='%% '; PROMPT_EOL_MARK=''; fpath=(${(q)dir} \$fpath); autoload -Uz compinit; compinit -u -D -d ${(q)out}.dump"
zpty -w z "zstyle ':completion:*' menu no; unsetopt automenu"
zpty -w z "compadd() { if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\\ * ]]; then builtin compadd \"\$@\"; return; fi; local -a hits; builtin compadd -A hits \"\$@\"; print -rl -- \$hits >> ${(q)out}; builtin compadd \"\$@\"; }"
zpty -w z "print __ready__"
zpty -r z reply '*__ready__*' || exit 3
zpty -r z reply '*__ready__*' || exit 3
for line in "$@"; do
    : >| $out
    zpty -n -w z "$line"$'\t'
    zpty -w z $'\C-u''print __done__'
    zpty -r z reply '*__done__*'
    # What the terminal showed while completing: an error of the completion function (a command
    # not found, a bad _arguments spec) is printed there and must fail the test.
    local shown=$reply
    zpty -r z reply '*__done__*'
    shown+=$reply
    if [[ $shown == *(not found|rror|bad pattern|_arguments:|_describe:|_values:)* ]]; then
        print -r -- "zsh showed while completing \"$line\": $shown" >&2
    fi
    print -r -- "### $line"
    sort -u $out | grep -v '^$'
done
zpty -d z
rm -f $out $out.dump
