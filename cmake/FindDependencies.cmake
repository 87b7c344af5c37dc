# SPDX-FileCopyrightText: 2026 The Rebind authors
# SPDX-License-Identifier: GPL-3.0-or-later
# libphonenumber and zxcvbn ship neither CMake configs nor pkg-config files on Debian 12,
# so they are located by header and library name and wrapped in imported targets.

find_path(PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h REQUIRED)
find_library(PHONENUMBER_LIBRARY NAMES phonenumber REQUIRED)
add_library(Rebind::phonenumber UNKNOWN IMPORTED)
set_target_properties(Rebind::phonenumber PROPERTIES
    IMPORTED_LOCATION "${PHONENUMBER_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${PHONENUMBER_INCLUDE_DIR}")

find_path(ZXCVBN_INCLUDE_DIR zxcvbn.h REQUIRED)
find_library(ZXCVBN_LIBRARY NAMES zxcvbn REQUIRED)
add_library(Rebind::zxcvbn UNKNOWN IMPORTED)
set_target_properties(Rebind::zxcvbn PROPERTIES
    IMPORTED_LOCATION "${ZXCVBN_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${ZXCVBN_INCLUDE_DIR}")
