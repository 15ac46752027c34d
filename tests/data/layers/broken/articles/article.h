// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A fixture for the layer check: articles/ may not include models/.
#pragma once
#include "models/articlelistmodel.h"
