//! Who the generated community is: the admin, staff, experts, moderators and customers,
//! numbered in that order, and the areas the experts answer for.

use super::random::Random;
use crate::domain::{Role, RoleSet};

pub(super) const AREAS: &[&str] = &[
    "Shirts",
    "Suits & tailoring",
    "Shoes",
    "Knitwear",
    "Outerwear",
    "Trousers",
    "Accessories",
    "Care & repairs",
    "Occasions",
    "Fit & sizing",
    "Delivery & returns",
    "Gifts",
];
pub(super) const FIRST_NAMES: &[&str] = &[
    "Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Noah", "Mia", "Jack", "Ivy", "Leo",
    "Grace", "Arthur", "Freya", "Oscar", "Lily", "Louis", "Chloé", "Hugo", "Léa", "Jules", "Manon",
    "Gabriel", "Camille", "Raphaël", "Inès", "Adam", "Sofia", "Priya", "Tomasz",
];

pub(super) const LAST_NAMES: &[&str] = &[
    "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Davies", "Evans", "Thomas",
    "Roberts", "Martin", "Bernard", "Dubois", "Durand", "Lefebvre", "Moreau", "Laurent", "Simon",
    "Michel", "Garcia", "Patel", "Khan", "Nowak", "Murphy", "Kelly",
];

/// Who is who: ids are numbered from 1 in this order.
pub(super) struct People {
    pub(super) members: u64,
    pub(super) staff: u64,
    pub(super) experts: u64,
    pub(super) moderators: u64,
}

impl People {
    pub(super) fn of(members: u64) -> Self {
        People {
            members,
            staff: (members / 2_000).max(2),
            experts: (members / 500).max(3),
            moderators: (members / 10_000).max(1),
        }
    }
    /// Id 1 is the admin; then staff, experts, moderators, then customers.
    pub(super) fn first_staff(&self) -> i64 {
        2
    }
    pub(super) fn first_expert(&self) -> i64 {
        self.first_staff() + self.staff as i64
    }
    pub(super) fn first_moderator(&self) -> i64 {
        self.first_expert() + self.experts as i64
    }
    pub(super) fn first_customer(&self) -> i64 {
        self.first_moderator() + self.moderators as i64
    }
    pub(super) fn roles(&self, id: i64) -> RoleSet {
        if id == 1 {
            RoleSet::from(Role::Admin)
        } else if id < self.first_expert() {
            // Half the staff write as experts too.
            let staff = RoleSet::from(Role::Staff);
            if id % 2 == 0 {
                staff.with(Role::Expert)
            } else {
                staff
            }
        } else if id < self.first_moderator() {
            RoleSet::from(Role::Expert)
        } else if id < self.first_customer() {
            RoleSet::from(Role::Moderator)
        } else {
            RoleSet::NONE
        }
    }
    pub(super) fn staff(&self, random: &mut Random) -> i64 {
        self.first_staff() + random.below(self.staff) as i64
    }
    pub(super) fn expert(&self, random: &mut Random) -> i64 {
        self.first_expert() + random.below(self.experts) as i64
    }
    pub(super) fn moderator(&self, random: &mut Random) -> i64 {
        self.first_moderator() + random.below(self.moderators) as i64
    }
    pub(super) fn anyone(&self, random: &mut Random) -> i64 {
        1 + random.below(self.members) as i64
    }
    pub(super) fn username(id: i64) -> String {
        format!("member{id:06}")
    }
}
