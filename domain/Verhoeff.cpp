#include "bhu/domain/Verhoeff.h"

#include <array>

namespace bhu {

namespace {

using Table = std::array<std::array<unsigned char, 10>, 10>;

// Multiplication in D5.
constexpr Table kMul = {{
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
    {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
    {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
    {3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
    {4, 0, 1, 2, 3, 9, 5, 6, 7, 8},
    {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
    {6, 5, 9, 8, 7, 1, 0, 4, 3, 2},
    {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
    {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
    {9, 8, 7, 6, 5, 4, 3, 2, 1, 0},
}};

// Position-dependent permutation; row i is applied to the digit i places from the right.
constexpr std::array<std::array<unsigned char, 10>, 8> kPerm = {{
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
    {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
    {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
    {8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
    {9, 4, 5, 3, 1, 2, 6, 8, 7, 0},
    {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
    {2, 7, 9, 3, 8, 0, 6, 4, 1, 5},
    {7, 0, 4, 6, 9, 1, 3, 2, 5, 8},
}};

constexpr std::array<unsigned char, 10> kInverse = {0, 4, 3, 2, 1, 5, 6, 7, 8, 9};

// Folds the digits right to left; `offset` is 1 when a check digit is still to be appended.
// Returns -1 on a non-digit.
int fold(QStringView s, int offset)
{
    int c = 0;
    int i = offset;
    for (auto it = s.crbegin(); it != s.crend(); ++it, ++i) {
        const char16_t ch = it->unicode();
        if (ch < u'0' || ch > u'9') return -1;
        c = kMul[c][kPerm[i % 8][ch - u'0']];
    }
    return c;
}

} // namespace

int verhoeffCheckDigit(QStringView digits)
{
    if (digits.isEmpty()) return -1;
    const int c = fold(digits, 1);
    return c < 0 ? -1 : kInverse[c];
}

bool verhoeffValid(QStringView number)
{
    return number.size() >= 2 && fold(number, 0) == 0;
}

} // namespace bhu
