# SPDX-FileCopyrightText: 2026 The Rebind authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package: a binary .deb made by CPack from the install rules, for Debian 12 and its
# derivatives. Build it with the `package` preset (Release, no tests, prefix /usr):
#   cmake --preset package && cmake --build --preset package
#   cpack --config build/package/CPackConfig.cmake -B build/package   # build/package/rebind_0.1.0_amd64.deb
# packaging/check-package.sh does that, runs lintian on it and installs it in a bare chroot.
if(NOT (UNIX AND NOT APPLE))
    return()
endif()
include(GNUInstallDirs)

# Debian's own date format (RFC 5322) for the release named by PROJECT_VERSION.
set(REBIND_RELEASE_DATE_RFC5322 "Mon, 07 Dec 2026 00:00:00 +0000")
# No project address exists yet; a mailbox under the reserved .invalid domain (RFC 2606) says so
# plainly instead of inventing one that someone else might own.
set(REBIND_MAINTAINER "The Rebind authors <maintainers@rebind.invalid>")

# --- /usr/share/doc/rebind/changelog.gz ---------------------------------------------------------
# Rebind is a native package (its version has no Debian revision), so Debian policy wants the
# package's changelog, in Debian's changelog format, as changelog.gz in its doc folder. The
# project's own history is CHANGELOG.md; this entry points there.
set(_rebind_changelog "${PROJECT_BINARY_DIR}/packaging/changelog")
file(WRITE "${_rebind_changelog}"
     "rebind (${PROJECT_VERSION}) unstable; urgency=medium\n\n"
     "  * Release ${PROJECT_VERSION}. The changes are listed in CHANGELOG.md in the source.\n\n"
     " -- ${REBIND_MAINTAINER}  ${REBIND_RELEASE_DATE_RFC5322}\n")
find_program(REBIND_GZIP gzip)
if(REBIND_GZIP)
    # -n: no file name or time stamp inside, so the package is the same on every build.
    execute_process(COMMAND "${REBIND_GZIP}" -9 -n -c "${_rebind_changelog}"
                    OUTPUT_FILE "${_rebind_changelog}.gz" RESULT_VARIABLE _rebind_gzip_status)
    if(NOT _rebind_gzip_status EQUAL 0)
        message(FATAL_ERROR "gzip could not compress ${_rebind_changelog}")
    endif()
    install(FILES "${_rebind_changelog}.gz" DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/rebind
            RENAME changelog.gz)
endif()

# --- CPack DEB ----------------------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME rebind)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Rebind authors")
set(CPACK_PACKAGE_CONTACT "${REBIND_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${REBIND_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "encrypted checklist of the services tied to a phone number")
# Debian's extended description: an empty line becomes " ." in the control file.
set(CPACK_PACKAGE_DESCRIPTION
    "Rebind (换绑助手) keeps an encrypted, local inventory of the services tied to
a phone number (banks, payment apps, messaging, government services) and walks
you through rebinding or unbinding each one before the number is cancelled, so
that whoever receives the recycled number cannot get into your accounts.

It works fully offline: no network connections, no telemetry, no passwords
stored. The rebind program is the desktop application; rebind-cli reads and
edits the same vault from a terminal.")
# The deb's name as Debian writes it: rebind_0.1.0_amd64.deb.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# CPACK_DEBIAN_PACKAGE_ARCHITECTURE is left unset: CPack asks `dpkg --print-architecture`.
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

# The libraries Rebind links come from dpkg-shlibdeps (dpkg-dev, and the `file` program).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What the linker cannot see, all loaded at run time:
#  - qt6-qpa-plugins: the xcb (X11) and offscreen platform plugins; libqt6gui6 only recommends it,
#    and without a platform plugin the GUI does not start at all.
#  - a font with Chinese glyphs: the interface and the PDF checklist are largely Chinese.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, fonts-wqy-microhei | fonts-noto-cjk")
# Remembering the vault key uses the desktop's keyring through QtKeychain, which reaches a Secret
# Service (org.freedesktop.secrets) through libsecret, loaded at run time, or KWallet's daemon
# over D-Bus. Bookworm has no virtual package for a Secret Service; these provide one:
# gnome-keyring, KWallet's daemon kwalletd5 (libkf5wallet-bin; its Secret Service interface
# since KDE Frameworks 5.97) and KeePassXC (once its Secret Service integration is switched on).
# Without any, Rebind works and asks for the passphrase each time.
# qt6-translations-l10n: Qt's own strings (standard buttons, file dialogs) in Chinese.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "libsecret-1-0, gnome-keyring | libkf5wallet-bin | keepassxc, qt6-translations-l10n")
# The GTK file chooser on GNOME and other GTK desktops; Qt falls back to its own dialog.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-gtk-platformtheme")

include(CPack)
