//! Opposite outcomes in French, German, Spanish and Italian beyond [`super::OPPOSITES`]
//! (a level that rose or fell: "une hausse" / "une baisse", "gestiegen" / "gesunken"),
//! and jobs created against jobs cut in English ("create 500 jobs" / "cut 500 jobs";
//! trial 23, F-J). Read as [`super::OPPOSITES`] are: word beginnings, a word ending with
//! `$` read whole; the job words only before a word of jobs
//! ([`super::english::reads_as_outcome`]).

/// Words of jobs, after which "create", "add", "cut", "shed" tell jobs made or lost.
pub(super) const JOBS: &[&str] = &[
    "jobs",
    "job",
    "posts",
    "positions",
    "roles",
    "workers",
    "staff",
    "emplois",
    "postes",
    "stellen",
    "arbeitsplätze",
    "empleos",
    "puestos",
    "posti",
];

/// The opposite pairs.
pub(crate) const MORE_LANGUAGES: &[(&[&str], &[&str])] = &[
    (
        &[
            // fr
            "hausse$",
            "hausses$",
            "augment",
            // de
            "gestiegen$",
            "stieg$",
            "stiegen$",
            "anstieg$",
            "zugenommen$",
            // es, it
            "subió$",
            "alza$",
            "crescit",
        ],
        &[
            "baisse$",
            "baissé$",
            "baissée$",
            "baisses$",
            "diminu",
            "gesunken$",
            "sank$",
            "sanken$",
            "rückgang$",
            "abgenommen$",
            "gesenkt$",
            "bajó$",
            "descenso$",
            "calo$",
        ],
    ),
    (
        &[
            "create$",
            "creates$",
            "created$",
            "creating$",
            "add$",
            "adds$",
            "added$",
            "adding$",
        ],
        &[
            "cut$",
            "cuts$",
            "cutting$",
            "shed$",
            "sheds$",
            "shedding$",
            "axe$",
            "axes$",
            "axed$",
            "axing$",
        ],
    ),
];

/// Whether a word of the jobs pair (`create`, `add`, `cut`, `shed`, `axe` and their forms)
/// is followed by a word of [`JOBS`] within the three words after it ("create 500 jobs",
/// "cut 1,200 posts"), given those words `ahead`.
pub(super) fn of_jobs(norm: &str, ahead: &[crate::matcher::text::Token]) -> Option<bool> {
    let job_verb = ["creat", "add", "cut", "shed", "axe", "axing"]
        .iter()
        .any(|v| norm.starts_with(v));
    job_verb.then(|| ahead.iter().any(|n| JOBS.contains(&n.norm.as_str())))
}
