module.exports = {
  data: [
    {
      id: "61863",
      type: "jobs",
      links: {
        "careersite-job-url": "https://jobb.kits.se/jobs/61863-frontendutvecklare",
        "careersite-job-apply-url":
          "https://jobba-pa-kits.teamtailor.com/jobs/61863-frontendutvecklare/applications/new",
        "careersite-job-apply-iframe-url":
          "https://jobba-pa-kits.teamtailor.com/jobs/61863-frontendutvecklare/applications/new?iframe=true",
        self: "https://api.teamtailor.com/v1/jobs/61863"
      },
      attributes: {
        "apply-button-text": "",
        body: '<h3>Brinner du för användarupplevelsen? Det gör vi också.</h3> <p>På KITS har vi ett team av duktiga frontendutvecklare. Vi hjälper våra kunder med allt från arkitektur till implementation, ofta tillsammans med andra utvecklare från KITS.</p> <p>Vi söker dig som är expert på webb- eller mobilutveckling och som brinner för att ge användarna en riktigt bra upplevelse. Kanske är HTML, CSS och JavaScript kombinerat med dagens ramverk din vardag eller är du mer fokuserad på Android eller iOS? Har du dessutom en känsla för interaktionsdesign och en känsla för detaljer så är det på KITS du ska jobba.</p><figure><img src="https://media3.giphy.com/media/5pxnxdzdZfXFK/giphy.gif"></figure>',
        "end-date": null,
        "human-status": "published",
        internal: false,
        picture: {
          standard:
            "https://res.cloudinary.com/teamtailor/image/upload/c_lfill,f_auto,g_faces:center,h_400,q_80,w_1200/v1510060394/ulp4z6x9i778r2f0ww0k.jpg",
          thumb:
            "https://res.cloudinary.com/teamtailor/image/upload/c_lfill,f_auto,g_faces:center,h_300,q_80,w_400/v1510060394/ulp4z6x9i778r2f0ww0k.jpg"
        },
        pinned: false,
        "start-date": null,
        status: "open",
        tags: [],
        title: "Frontendutvecklare",
        "external-application-url": "",
        "name-requirement": "optional",
        "resume-requirement": "optional",
        "cover-letter-requirement": "optional",
        "phone-requirement": "optional",
        "created-at": "2017-11-03T14:18:00.351+01:00"
      },
      relationships: {
        department: {
          links: {
            self: "https://api.teamtailor.com/v1/jobs/61863/relationships/department",
            related: "https://api.teamtailor.com/v1/jobs/61863/department"
          }
        },
        role: {
          data: {
            id: "35395",
            type: "roles",
            links: {
              self: "https://api.teamtailor.com/v1/roles/35395"
            },
            attributes: {
              name: "Frontendutvecklare"
            },
            relationships: {
              department: {
                links: {
                  self: "https://api.teamtailor.com/v1/roles/35395/relationships/department",
                  related: "https://api.teamtailor.com/v1/roles/35395/department"
                }
              }
            }
          }
        },
        location: {
          links: {
            self: "https://api.teamtailor.com/v1/jobs/61863/relationships/location",
            related: "https://api.teamtailor.com/v1/jobs/61863/location"
          }
        },
        user: {
          links: {
            self: "https://api.teamtailor.com/v1/jobs/61863/relationships/user",
            related: "https://api.teamtailor.com/v1/jobs/61863/user"
          }
        },
        questions: {
          links: {
            self: "https://api.teamtailor.com/v1/jobs/61863/relationships/questions",
            related: "https://api.teamtailor.com/v1/jobs/61863/questions"
          }
        },
        candidates: {
          links: {
            self: "https://api.teamtailor.com/v1/jobs/61863/relationships/candidates",
            related: "https://api.teamtailor.com/v1/jobs/61863/candidates"
          }
        },
        stages: {
          links: {
            self: "https://api.teamtailor.com/v1/jobs/61863/relationships/stages",
            related: "https://api.teamtailor.com/v1/jobs/61863/stages"
          }
        },
        colleagues: {
          links: {
            self: "https://api.teamtailor.com/v1/jobs/61863/relationships/colleagues",
            related: "https://api.teamtailor.com/v1/jobs/61863/colleagues"
          }
        },
        "team-memberships": {
          links: {
            self: "https://api.teamtailor.com/v1/jobs/61863/relationships/team-memberships",
            related: "https://api.teamtailor.com/v1/jobs/61863/team-memberships"
          }
        },
        "picked-questions": {
          links: {
            self: "https://api.teamtailor.com/v1/jobs/61863/relationships/picked-questions",
            related: "https://api.teamtailor.com/v1/jobs/61863/picked-questions"
          }
        }
      }
    }
  ]
}
