# bash completion for rebind-cli                               -*- shell-script -*-
# SPDX-FileCopyrightText: 2026 The Rebind authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installed as share/bash-completion/completions/rebind-cli (loaded on demand by the
# bash-completion package). The command and option names and the value lists below are the ones
# `rebind-cli --help` and `rebind-cli COMMAND --help` print; tests/cli/tst_completion.py checks
# that they stay so. People, numbers and services are never completed: they are in the encrypted
# vault, and completion must not ask for a passphrase.
#
# COMPREPLY=($(compgen ...)) is bash-completion's own idiom; every word offered here is free of
# spaces and glob characters, so the word splitting it relies on is safe.
# shellcheck disable=SC2207

_rebind_cli_commands='init add-person add-number add-binding list plan status mark export import
    scan passwd check backups catalog help'
_rebind_cli_relations='self mother father spouse child sibling grandparent relative friend other'
_rebind_cli_number_statuses='in-use cancelling cancelled received'
_rebind_cli_roles='login sms-login 2fa recovery bank-reserved notifications'
_rebind_cli_actions='rebind unbind close keep'
_rebind_cli_statuses='to-do in-progress waiting done verified not-needed'
_rebind_cli_categories='payments banking credit-cards social shopping food travel government
    telecom email-cloud work-education health video-music gaming loans-investment utilities other'
_rebind_cli_markets='cn global'
_rebind_cli_papers='a4 letter'
_rebind_cli_export_formats='pdf png csv ics json handoff'
_rebind_cli_import_formats='json handoff'
_rebind_cli_plan_steps='check-new-number tell-contacts call-forwarding cancel-at-carrier'

# The options of one command ("catalog list" for a subcommand), after the command's name.
_rebind_cli_options()
{
    local vault='--vault -h --help'
    case $1 in
        init | passwd) echo "$vault --decryption-time" ;;
        add-person) echo "$vault --relation --notes" ;;
        add-number) echo "$vault --cancel-date --replacement --status --carrier --notes" ;;
        add-binding)
            echo "$vault --account --role --action --status --due --category --notes"
            ;;
        list | plan | status) echo "$vault --json" ;;
        mark | import | check) echo "$vault" ;;
        export)
            echo "$vault --person --all -o --output --large-print --show-number --mask-new" \
                "--both-languages --accounts --paper"
            ;;
        scan) echo "$vault --json --add" ;;
        'backups list') echo "$vault --json" ;;
        'backups restore') echo "$vault" ;;
        'catalog list') echo '-h --help --json --curated --market --category' ;;
        'catalog search') echo '-h --help --json --limit' ;;
        'catalog show' | 'catalog stats') echo '-h --help --json' ;;
    esac
}

# The options that take a value, which is then the next word.
_rebind_cli_takes_value()
{
    case $1 in
        --vault | --decryption-time | --relation | --notes | --cancel-date | --replacement | \
            --status | --carrier | --account | --role | --action | --due | --category | \
            --person | -o | --output | --paper | --add | --market | --limit)
            return 0
            ;;
    esac
    return 1
}

_rebind_cli()
{
    # shellcheck disable=SC2034 # split is set by _init_completion -s
    local cur prev words cword split
    # -s: "--option=value" arrives as prev=--option, cur=value.
    _init_completion -s || return

    # Find the command (and subcommand) and the positional arguments after it, skipping options
    # and their values.
    local i word command='' group=''
    local -a args=()
    for ((i = 1; i < cword; i++)); do
        word=${words[i]}
        if [[ $word == -* ]]; then
            # Skip the option's value, also when it came as "--option = value".
            if _rebind_cli_takes_value "$word"; then
                [[ ${words[i + 1]-} == = ]] && ((i++))
                ((i++))
            fi
            continue
        fi
        if [[ -z $command ]]; then
            command=$word
            [[ $word == backups || $word == catalog ]] && group=$word
        elif [[ -n $group && $command == "$group" ]]; then
            command="$group $word"
        else
            args+=("$word")
        fi
    done

    # The value of an option.
    local option=$prev value=$cur
    _rebind_cli_takes_value "$prev" || option=''
    case $option in
        --vault)
            _filedir '@(rebind|vault)'
            return
            ;;
        -o | --output)
            _filedir
            return
            ;;
        --relation) COMPREPLY=($(compgen -W "$_rebind_cli_relations" -- "$value")) ;;
        --status)
            if [[ $command == add-number ]]; then
                COMPREPLY=($(compgen -W "$_rebind_cli_number_statuses" -- "$value"))
            else
                COMPREPLY=($(compgen -W "$_rebind_cli_statuses" -- "$value"))
            fi
            ;;
        --role)
            # Roles may be joined with commas: complete the one after the last comma.
            local done_roles=''
            [[ $value == *,* ]] && done_roles=${value%,*},
            COMPREPLY=($(compgen -P "$done_roles" -W "$_rebind_cli_roles" -- "${value##*,}"))
            ;;
        --action) COMPREPLY=($(compgen -W "$_rebind_cli_actions" -- "$value")) ;;
        --category) COMPREPLY=($(compgen -W "$_rebind_cli_categories" -- "$value")) ;;
        --market) COMPREPLY=($(compgen -W "$_rebind_cli_markets" -- "$value")) ;;
        --paper) COMPREPLY=($(compgen -W "$_rebind_cli_papers" -- "$value")) ;;
        ?*) ;; # a free value (a name, a date, a number): nothing to offer
    esac
    [[ -n $option ]] && return

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W '--vault -h --help -v --version' -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$_rebind_cli_commands" -- "$cur"))
        fi
        return
    fi

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$(_rebind_cli_options "$command")" -- "$cur"))
        return
    fi

    local position=${#args[@]}
    case $command in
        backups | catalog)
            local subcommands='list restore'
            [[ $command == catalog ]] && subcommands='list search show stats'
            COMPREPLY=($(compgen -W "$subcommands" -- "$cur"))
            ;;
        help)
            if ((position == 0)); then
                COMPREPLY=($(compgen -W "${_rebind_cli_commands/help/}" -- "$cur"))
            elif ((position == 1)) && [[ ${args[0]} == backups ]]; then
                COMPREPLY=($(compgen -W 'list restore' -- "$cur"))
            elif ((position == 1)) && [[ ${args[0]} == catalog ]]; then
                COMPREPLY=($(compgen -W 'list search show stats' -- "$cur"))
            fi
            ;;
        export)
            ((position == 0)) && COMPREPLY=($(compgen -W "$_rebind_cli_export_formats" -- "$cur"))
            ;;
        import)
            if ((position == 0)); then
                COMPREPLY=($(compgen -W "$_rebind_cli_import_formats" -- "$cur"))
            elif ((position == 1)); then
                case ${args[0]} in
                    json) _filedir json ;;
                    handoff) _filedir rebindhandoff ;;
                    *) _filedir ;;
                esac
            fi
            ;;
        scan)
            # A backup file or an iPhone backup folder.
            ((position == 0)) && _filedir
            ;;
        mark)
            if ((position == 1)); then
                COMPREPLY=($(compgen -W "$_rebind_cli_plan_steps" -- "$cur"))
            elif ((position == 2)); then
                COMPREPLY=($(compgen -W "$_rebind_cli_statuses" -- "$cur"))
            fi
            ;;
    esac
} &&
    complete -F _rebind_cli rebind-cli

# ex: filetype=sh
