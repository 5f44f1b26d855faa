#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Stridewise {

/** What went wrong, so callers can choose a reaction (exit code, dialog, revert) without parsing text. */
enum class ErrorKind
{
    Invalid, ///< bad input from the user or a file: a value out of range, a malformed date
    NotFound, ///< the thing asked for does not exist
    Conflict, ///< the action is not allowed in the current state (e.g. replacing a week with completions)
    NotStridewise, ///< a file that is not a Stridewise database
    NewerVersion, ///< a database written by a newer Stridewise
    Corrupt, ///< a damaged database
    ReadOnly, ///< the file or folder cannot be written
    Locked, ///< another Stridewise process holds the database
    DiskFull, ///< the disk (or the database's size limit) is full
    Storage, ///< any other failure of the store
    Network, ///< a server could not be reached or failed on its side: nothing was lost, try again later
};

/** A failure as a value: a message a person can read, saying what and where. */
struct Error
{
    ErrorKind kind = ErrorKind::Storage;
    QString message;
};

/**
 * The value of an operation or the reason it failed (STYLE.md: core never throws).
 * Reading value() of a failed result is a programmer error.
 */
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }
    static Result failure(ErrorKind kind, QString message) { return Result(Error{kind, std::move(message)}); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const T &operator*() const { return *m_value; }
    const Error &error() const { return m_error; }
    const QString &message() const { return m_error.message; }
    ErrorKind kind() const { return m_error.kind; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {
    }
    static Result failure(ErrorKind kind, QString message) { return Result(Error{kind, std::move(message)}); }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    const QString &message() const { return m_error.message; }
    ErrorKind kind() const { return m_error.kind; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace Stridewise
