Feature: Create the Books table
  Every access pattern of the store starts from the table's primary key: a book is named by its author and title.
  The store cannot predict its traffic, so the table is billed per request instead of by planned capacity.

  Rule: The table is keyed by author and title, and billed on demand

    Scenario: Creating the Books table
      When I create the Books table
      Then the Books table is active the moment it is created
      And the Books table is keyed by:
        | attribute | role          | type   |
        | Author    | partition key | string |
        | Title     | sort key      | string |
      And the Books table is billed on demand

    Scenario: The table defines nothing but its key
      When I create the Books table
      Then the Books table defines only the attributes Author and Title
      And the Books table has no indexes yet
      And the Books table is the only table in the store

    Scenario: A book can be stored as soon as the table is created
      When I create the Books table
      Then the store can hold "The Rainmaker" by "John Grisham" at once

  Rule: A table that exists already is never created again

    Scenario: Creating the table a second time is refused
      Given the Books table holds the five books
      When I try to create the Books table
      Then I am told the table is already in use
      And the Books table still holds the five books
