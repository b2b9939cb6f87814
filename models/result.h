#pragma once

#include <optional>
#include <QString>
#include <utility>
#include <variant>

namespace storyreel {

// What kind of failure: the caller decides what to do (the CLI exits 2 for BadInput, 1 otherwise;
// the job monitor shows Cancelled as cancelled, not failed).
enum class FailureKind { Failed, BadInput, Cancelled };

// A message fit to show the user. Converts into any Result<T> and into Status, so a failure can be
// passed up with `return status.failure();` whatever the caller returns.
struct Failure
{
    QString message;
    FailureKind kind = FailureKind::Failed;
};

// A value or a Failure. Stores and services return these instead of throwing.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}            // NOLINT: implicit, like std::expected
    Result(Failure failure) : m_state(std::move(failure)) {}  // NOLINT
    static Result failure(QString message) { return Failure{std::move(message)}; }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    // By value on a temporary, so `for (x : f().value())` cannot dangle.
    T value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    QString error() const { return ok() ? QString() : std::get<Failure>(m_state).message; }
    FailureKind errorKind() const { return ok() ? FailureKind::Failed : std::get<Failure>(m_state).kind; }
    Failure failure() const { return ok() ? Failure{} : std::get<Failure>(m_state); }

private:
    std::variant<T, Failure> m_state;
};

// Success or a Failure: Result<void>.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Failure failure) : m_failure(std::move(failure)) {}  // NOLINT: implicit on purpose
    static Status failure(QString message) { return Failure{std::move(message)}; }

    bool ok() const { return !m_failure.has_value(); }
    explicit operator bool() const { return ok(); }
    QString error() const { return m_failure ? m_failure->message : QString(); }
    FailureKind errorKind() const { return m_failure ? m_failure->kind : FailureKind::Failed; }
    Failure failure() const { return m_failure.value_or(Failure{}); }

private:
    std::optional<Failure> m_failure;
};

}  // namespace storyreel
